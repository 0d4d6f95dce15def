import { useId } from 'preact/hooks';
import type { PageEntityGroup } from '../lib/query/page-entities';
import { KIND_GROUP_LABELS } from './kind-badge';
import { plural } from './plural';

export interface PageEntitiesProps {
  groups: PageEntityGroup[];
  /** Scroll the page to the entity's first mention and flash it. */
  onJump(entityId: string): void;
  /** Open the entity view. */
  onSelect(entityId: string): void;
}

/**
 * "On this page": every entity found, grouped by kind, with mention counts. The name is a button
 * that jumps to the mention (Enter and Space work as on any button); "About" opens the entity view.
 */
export function PageEntities({ groups, onJump, onSelect }: PageEntitiesProps) {
  const baseId = useId();
  return (
    <div class="bs-page-entities">
      {groups.map((group) => {
        const headingId = `${baseId}-${group.kind}`;
        return (
          <section key={group.kind} class="bs-section" aria-labelledby={headingId}>
            <h3 id={headingId} class="bs-section__title">
              {KIND_GROUP_LABELS[group.kind]} <span class="bs-count">({group.entities.length})</span>
            </h3>
            <ul class="bs-list">
              {group.entities.map((entity) => (
                <li key={entity.id} class="bs-list__row">
                  <button type="button" class="bs-link-button bs-list__main" onClick={() => onJump(entity.id)}>
                    {entity.name}
                  </button>
                  <span class="bs-meta bs-list__count">{plural(entity.mentions, 'mention')}</span>
                  <button type="button" class="bs-button bs-button--quiet bs-button--small" onClick={() => onSelect(entity.id)}>
                    About<span class="bs-visually-hidden"> {entity.name}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

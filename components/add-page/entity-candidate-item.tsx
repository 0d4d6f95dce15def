import { useId, useRef, useState } from 'preact/hooks';
import type { ReviewProblem } from '../../lib/add-page/review-problems';
import type { EntityReview, ReviewAction } from '../../lib/add-page/review-state';
import { fallbackDescription } from '../../lib/add-page/to-reviewed-article';
import { KindBadge } from '../kind-badge';
import { EntityEditForm } from './entity-edit-form';

export interface EntityCandidateItemProps {
  entity: EntityReview;
  /** The id it will be saved under (allocateEntityIds); none when dropped. */
  savedId?: string;
  /** A known entity's name, for merge targets and suggestions. */
  knownName(entityId: string): string | undefined;
  articleTitle: string;
  problem?: ReviewProblem;
  onAction(action: ReviewAction): void;
}

function statusOf({ entity, savedId, knownName }: EntityCandidateItemProps): string {
  if (!entity.included) return entity.byline ? 'The article’s author: left out unless you tick it.' : 'Dropped: it will not be saved.';
  const target = entity.mergeInto === null ? undefined : (knownName(entity.mergeInto) ?? entity.mergeInto);
  if (entity.known) return `Already in your dataset as ${target}: this page is linked to it.`;
  if (target) return `Will join ${target}; “${entity.name}” becomes one of its names.`;
  return `New ${entity.kind === 'org' ? 'organisation' : 'person'}, saved as ${savedId}.`;
}

/** One proposed organisation or person: its evidence, a keep/drop toggle, a merge choice and an edit form. */
export function EntityCandidateItem(props: EntityCandidateItemProps) {
  const { entity, knownName, articleTitle, problem, onAction } = props;
  const baseId = useId();
  const id = (part: string) => `${baseId}-${part}`;
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const suggestions = entity.candidate.mergeSuggestions;
  const mergeable = !entity.known && (suggestions.length > 0 || entity.mergeInto !== null);
  const editable = !entity.known && entity.mergeInto === null;
  const closeEditor = () => {
    setEditing(false);
    queueMicrotask(() => editButton.current?.focus());
  };

  return (
    <li class={`bs-candidate${entity.included ? '' : ' bs-candidate--dropped'}`}>
      <div class="bs-candidate__head">
        <label class="bs-candidate__toggle">
          <input
            type="checkbox"
            checked={entity.included}
            aria-describedby={id('status')}
            onChange={(event) => onAction({ type: event.currentTarget.checked ? 'accept' : 'drop', key: entity.key })}
          />
          <span class="bs-candidate__name">{entity.name || 'No name yet'}</span>
        </label>
        <KindBadge kind={entity.kind} />
      </div>
      <p id={id('status')} class="bs-meta">
        {statusOf(props)}
      </p>
      {problem && !editing ? <p class="bs-field__problem">{problem.message}</p> : null}
      <figure class="bs-evidence">
        <blockquote class="bs-evidence__quote">{entity.candidate.evidence}</blockquote>
        <figcaption class="bs-evidence__source">— from this page</figcaption>
      </figure>
      {mergeable || editable ? (
        <div class="bs-candidate__actions">
          {mergeable ? (
            <span class="bs-candidate__merge">
              <label for={id('merge')}>Same as</label>
              <select
                id={id('merge')}
                class="bs-input"
                value={entity.mergeInto ?? ''}
                onChange={(event) => {
                  const into = event.currentTarget.value;
                  onAction(into === '' ? { type: 'unmerge', key: entity.key } : { type: 'merge', key: entity.key, into });
                }}
              >
                <option value="">No one known: keep it as new</option>
                {suggestions.map((suggestion) => (
                  <option key={suggestion.entityId} value={suggestion.entityId}>
                    {knownName(suggestion.entityId) ?? suggestion.entityId} ({Math.round(suggestion.score * 100)}% alike)
                  </option>
                ))}
                {entity.mergeInto !== null && !suggestions.some((s) => s.entityId === entity.mergeInto) ? (
                  <option value={entity.mergeInto}>{knownName(entity.mergeInto) ?? entity.mergeInto}</option>
                ) : null}
              </select>
            </span>
          ) : null}
          {editable ? (
            <button
              ref={editButton}
              type="button"
              class="bs-button bs-button--quiet bs-button--small"
              aria-expanded={editing}
              aria-controls={editing ? id('editor') : undefined}
              onClick={() => (editing ? closeEditor() : setEditing(true))}
            >
              Edit<span class="bs-visually-hidden"> {entity.name}</span>
            </button>
          ) : null}
        </div>
      ) : null}
      {editing && editable ? (
        <div id={id('editor')}>
          <EntityEditForm
            entity={entity}
            descriptionPlaceholder={fallbackDescription(entity.kind, articleTitle)}
            nameProblem={problem?.field === 'name' ? problem.message : undefined}
            onChange={(patch) => onAction({ type: 'edit', key: entity.key, patch })}
            onClose={closeEditor}
          />
        </div>
      ) : null}
    </li>
  );
}

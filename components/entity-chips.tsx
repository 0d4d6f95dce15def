import type { EntityRef } from '../lib/query/dataset-lookup';

/** Names of entities as buttons that open each one's view, comma-separated as a reader expects. */
export function EntityChips({ entities, onSelect }: { entities: EntityRef[]; onSelect(entityId: string): void }) {
  return (
    <>
      {entities.map((entity, index) => (
        <span key={entity.id}>
          {index > 0 ? ', ' : null}
          <button type="button" class="bs-link-button" onClick={() => onSelect(entity.id)}>
            {entity.name}
          </button>
        </span>
      ))}
    </>
  );
}

import type { EntityKind } from '../lib/dataset-schema';

export const KIND_LABELS: Record<EntityKind, string> = { org: 'Organisation', person: 'Person', country: 'Country' };
export const KIND_GROUP_LABELS: Record<EntityKind, string> = { org: 'Organisations', person: 'People', country: 'Countries' };

/** The kind in words with a shape beside it (the graph uses the same shapes): never colour alone. */
export function KindBadge({ kind }: { kind: EntityKind }) {
  return (
    <span class={`bs-badge bs-badge--${kind}`}>
      <span class="bs-badge__shape" aria-hidden="true" />
      {KIND_LABELS[kind]}
    </span>
  );
}

import type { Dataset } from '../dataset-schema';
import { slugify } from '../extract/slugify';
import type { ReviewState } from './review-state';

/** Letters NFD does not split into a base letter and an accent, spelled as English writes them. */
const LATIN_LETTERS: Record<string, string> = { ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', đ: 'd', ð: 'd', þ: 'th', ł: 'l', ı: 'i' };

/**
 * A name as an id segment the schema accepts (`[a-z0-9-]`): "Tromsø Polar Data Office" →
 * "tromso-polar-data-office". Names in other scripts keep no letters and become "unnamed";
 * the id stays unique through its suffix and the name itself is kept in full.
 */
export function idSlug(name: string): string {
  return (
    slugify(name)
      .replace(/[øæœßđðþłı]/g, (letter) => LATIN_LETTERS[letter] ?? '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'unnamed'
  );
}

/**
 * The id each included candidate will have once saved, by candidate key: the known entity it joins,
 * or a new `org:<slug>` / `person:<slug>` that no entity in the dataset and no other new entity has.
 * Dropped candidates have none. The panel shows these before saving, so they must be the ones saved.
 */
export function allocateEntityIds(state: ReviewState, dataset: Pick<Dataset, 'entities'>): Map<string, string> {
  const taken = new Set(dataset.entities.map((entity) => entity.id));
  const ids = new Map<string, string>();
  for (const entity of state.entities) {
    if (!entity.included) continue;
    if (entity.mergeInto !== null) {
      ids.set(entity.key, entity.mergeInto);
      continue;
    }
    const base = `${entity.kind}:${idSlug(entity.name)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    ids.set(entity.key, id);
  }
  return ids;
}

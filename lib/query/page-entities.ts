import { ENTITY_KINDS, type Dataset, type EntityKind } from '../dataset-schema';
import { datasetLookup, type EntityRef } from './dataset-lookup';

export interface PageEntity extends EntityRef {
  mentions: number;
}

export interface PageEntityGroup {
  kind: EntityKind;
  entities: PageEntity[];
}

/** Entities the page mentions, most mentioned first; ids the dataset no longer knows are left out. */
export function pageEntityList(dataset: Dataset, counts: Readonly<Record<string, number>>): PageEntity[] {
  const lookup = datasetLookup(dataset);
  const list: PageEntity[] = [];
  for (const [id, mentions] of Object.entries(counts)) {
    const entity = lookup.entity(id);
    if (entity && mentions > 0) list.push({ id, name: entity.name, kind: entity.kind, mentions });
  }
  return list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'en'));
}

/** The same entities grouped by kind in a fixed order (organisations, people, countries); empty groups dropped. */
export function pageEntityGroups(dataset: Dataset, counts: Readonly<Record<string, number>>): PageEntityGroup[] {
  const list = pageEntityList(dataset, counts);
  return ENTITY_KINDS.map((kind) => ({ kind, entities: list.filter((entity) => entity.kind === kind) })).filter(
    (group) => group.entities.length > 0,
  );
}

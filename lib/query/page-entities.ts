import { ENTITY_KINDS, type Dataset, type EntityKind } from '../dataset-schema';
import { datasetLookup, type EntityRef } from './dataset-lookup';

export interface PageEntity extends EntityRef {
  mentions: number;
}

export interface PageEntityGroup {
  kind: EntityKind;
  entities: PageEntity[];
}

/**
 * Who each entity a page mentions is, as the background named it when the page reported (it sends
 * the tab's report with them), so a view can list the page's names before it has the dataset.
 */
export type ReportedNames = Readonly<Record<string, Omit<EntityRef, 'id'>>>;

function listOf(counts: Readonly<Record<string, number>>, known: (id: string) => Omit<EntityRef, 'id'> | undefined): PageEntity[] {
  const list: PageEntity[] = [];
  for (const [id, mentions] of Object.entries(counts)) {
    const entity = known(id);
    if (entity && mentions > 0) list.push({ id, name: entity.name, kind: entity.kind, mentions });
  }
  return list.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name, 'en'));
}

/** Entities the page mentions, most mentioned first; ids the dataset no longer knows are left out. */
export function pageEntityList(dataset: Dataset, counts: Readonly<Record<string, number>>): PageEntity[] {
  const lookup = datasetLookup(dataset);
  return listOf(counts, (id) => lookup.entity(id));
}

/** The same list from the names reported with the page, for when the dataset is not read yet. */
export function reportedEntityList(names: ReportedNames, counts: Readonly<Record<string, number>>): PageEntity[] {
  return listOf(counts, (id) => (Object.hasOwn(names, id) ? names[id] : undefined));
}

/** A list of page entities grouped by kind in a fixed order (organisations, people, countries); empty groups dropped. */
export function groupByKind(list: readonly PageEntity[]): PageEntityGroup[] {
  return ENTITY_KINDS.map((kind) => ({ kind, entities: list.filter((entity) => entity.kind === kind) })).filter(
    (group) => group.entities.length > 0,
  );
}

/** The page's entities grouped by kind. */
export function pageEntityGroups(dataset: Dataset, counts: Readonly<Record<string, number>>): PageEntityGroup[] {
  return groupByKind(pageEntityList(dataset, counts));
}

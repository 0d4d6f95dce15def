import type { Dataset } from '../dataset-schema';
import { buildAliasIndex, type CompactIndex } from '../match/alias-index';
import { entityCard, type EntityCardData } from '../query/entity-card';
import type { ReportedNames } from '../query/page-entities';
import { datasetStamp } from '../dataset-stamp';
import type { StoredIndex } from '../storage-items';

/**
 * The background's view of the dataset: the bundled seed merged with the reader's own layer, the
 * alias index compiled from it, and the cards content scripts show. Pure: storage is the caller's.
 */
export interface DatasetService {
  readonly dataset: Dataset;
  readonly index: CompactIndex;
  /** A stamp that changes whenever the dataset does, so stale stored indexes are rebuilt. */
  readonly stamp: string;
  cards(entityIds: readonly string[]): Record<string, EntityCardData>;
  /** The name and kind of each entity the dataset knows, from its card: what a tab's report is recorded with. */
  names(entityIds: readonly string[]): ReportedNames;
}

/** `prebuilt` is the seed's index compiled at build time, used while it still fits the dataset. */
export function createDatasetService(dataset: Dataset, prebuilt?: StoredIndex): DatasetService {
  const stamp = datasetStamp(dataset);
  const index = prebuilt?.stamp === stamp ? prebuilt.index : buildAliasIndex(dataset.entities, dataset.agreements);
  const cardCache = new Map<string, EntityCardData | null>();
  const cards = (entityIds: readonly string[]) => {
    const found: Record<string, EntityCardData> = {};
    for (const id of entityIds) {
      let card = cardCache.get(id);
      if (card === undefined) {
        card = entityCard(dataset, id);
        cardCache.set(id, card);
      }
      if (card) found[id] = card;
    }
    return found;
  };
  return {
    dataset,
    index,
    stamp,
    cards,
    names: (entityIds) => Object.fromEntries(Object.values(cards(entityIds)).map((card) => [card.id, { name: card.name, kind: card.kind }])),
  };
}

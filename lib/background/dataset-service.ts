import type { Dataset } from '../dataset-schema';
import { buildAliasIndex, type CompactIndex } from '../match/alias-index';
import { entityCard, type EntityCardData } from '../query/entity-card';

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
}

export function datasetStamp(dataset: Dataset): string {
  // Cheap and deterministic: counts plus a hash of ids and titles, enough to notice any edit.
  let hash = 0x811c9dc5;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  };
  for (const entity of dataset.entities) {
    feed(entity.id);
    feed(entity.name);
    for (const alias of entity.aliases) feed(alias.text + alias.strength);
  }
  for (const agreement of dataset.agreements) {
    feed(agreement.id);
    feed(agreement.parties.join());
  }
  for (const article of dataset.articles) feed(article.id);
  return `${dataset.entities.length}.${dataset.agreements.length}.${dataset.articles.length}.${(hash >>> 0).toString(36)}`;
}

export function createDatasetService(dataset: Dataset): DatasetService {
  const index = buildAliasIndex(dataset.entities, dataset.agreements);
  const cardCache = new Map<string, EntityCardData | null>();
  return {
    dataset,
    index,
    stamp: datasetStamp(dataset),
    cards(entityIds) {
      const cards: Record<string, EntityCardData> = {};
      for (const id of entityIds) {
        let card = cardCache.get(id);
        if (card === undefined) {
          card = entityCard(dataset, id);
          cardCache.set(id, card);
        }
        if (card) cards[id] = card;
      }
      return cards;
    },
  };
}

import type { Dataset } from './dataset-schema';
import { COMPACT_INDEX_VERSION } from './match/alias-index';

/**
 * A stamp that changes whenever the dataset's names, aliases, agreements or articles do, or the
 * alias index's format: a stored index with another stamp is rebuilt.
 */
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
  return `i${COMPACT_INDEX_VERSION}.${dataset.entities.length}.${dataset.agreements.length}.${dataset.articles.length}.${(hash >>> 0).toString(36)}`;
}

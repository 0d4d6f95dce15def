import { DATASET_VERSION, type Dataset } from './dataset-schema';
import type { UserLayer } from './user-layer';

function overlay<T extends { id: string }>(bundled: readonly T[], own: readonly T[], hidden: ReadonlySet<string>): T[] {
  const byId = new Map<string, T>();
  for (const item of bundled) byId.set(item.id, item);
  for (const item of own) byId.set(item.id, item);
  return [...byId.values()].filter((item) => !hidden.has(item.id));
}

/**
 * The dataset the reader sees: the bundled one with their layer on top (their version of an item
 * wins, their removals apply). References to anything removed are dropped rather than left
 * dangling, so every agreement still names existing parties and every fact a present source.
 */
export function mergeDataset(bundled: Dataset, layer: UserLayer): Dataset {
  const hidden = new Set(layer.hidden);
  const articles = overlay(bundled.articles, layer.articles, hidden);
  const articleIds = new Set(articles.map((a) => a.id));
  const entities = overlay(bundled.entities, layer.entities, hidden).map((entity) => ({
    ...entity,
    roles: entity.roles.filter((role) => articleIds.has(role.evidence.articleId)),
    sources: entity.sources.filter((id) => articleIds.has(id)),
  }));
  const entityIds = new Set(entities.map((e) => e.id));
  const agreements = overlay(bundled.agreements, layer.agreements, hidden)
    .map((agreement) => ({
      ...agreement,
      parties: agreement.parties.filter((id) => entityIds.has(id)),
      signatories: agreement.signatories.filter((s) => entityIds.has(s.personId) && entityIds.has(s.onBehalfOf)),
      evidence: agreement.evidence.filter((e) => articleIds.has(e.articleId)),
    }))
    .filter((agreement) => agreement.parties.length >= 2 && agreement.evidence.length > 0);
  return {
    version: DATASET_VERSION,
    entities: entities.map((entity) => ({
      ...entity,
      roles: entity.roles.map((role) => (role.orgId && !entityIds.has(role.orgId) ? { title: role.title, evidence: role.evidence } : role)),
    })),
    agreements,
    articles: articles.map((article) => ({
      ...article,
      mentions: Object.fromEntries(Object.entries(article.mentions).filter(([id]) => entityIds.has(id))),
    })),
  };
}

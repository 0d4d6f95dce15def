import type { Dataset } from './dataset-schema';
import { mergeDataset } from './merge-dataset';
import type { RemovalSummary } from './reviewed-article';
import { canonicalJson } from './transfer/canonical-json';
import type { UserLayer } from './user-layer';

/**
 * Drops layer copies that say nothing the bundle does not: a bundled entity copied into the layer
 * only to list the removed article among its sources would otherwise pin the old bundled version
 * over every later update of the bundle.
 */
function withoutBundledCopies<T extends { id: string }>(own: readonly T[], bundled: readonly T[]): T[] {
  const bundledById = new Map(bundled.map((item) => [item.id, item]));
  return own.filter((item) => {
    const original = bundledById.get(item.id);
    return original === undefined || canonicalJson(original) !== canonicalJson(item);
  });
}

/**
 * What removing an article takes with it: entities that only it introduced (the reader's own, with
 * no other source) and agreements whose only evidence it is. Bundled entities and agreements stay.
 */
export function previewArticleRemoval(layer: UserLayer, bundled: Dataset, articleId: string): RemovalSummary {
  const dataset = mergeDataset(bundled, layer);
  const article = dataset.articles.find((a) => a.id === articleId);
  if (!article) throw new Error('That article is no longer in your dataset.');
  const bundledEntities = new Set(bundled.entities.map((e) => e.id));
  const bundledAgreements = new Set(bundled.agreements.map((a) => a.id));
  const entities = dataset.entities.filter(
    (e) => !bundledEntities.has(e.id) && e.sources.length > 0 && e.sources.every((source) => source === articleId),
  );
  const agreements = dataset.agreements.filter((a) => !bundledAgreements.has(a.id) && a.evidence.every((e) => e.articleId === articleId));
  return {
    articleId,
    title: article.title,
    entities: entities.map((e) => ({ id: e.id, name: e.name })),
    agreements: agreements.map((a) => ({ id: a.id, title: a.title })),
  };
}

/**
 * The layer without the article and what only it brought, and no longer any trace of it in what
 * stays (sources, roles, evidence); a bundled article is hidden instead.
 */
export function removeArticle(layer: UserLayer, bundled: Dataset, articleId: string): UserLayer {
  const summary = previewArticleRemoval(layer, bundled, articleId);
  const goneEntities = new Set(summary.entities.map((e) => e.id));
  const goneAgreements = new Set(summary.agreements.map((a) => a.id));
  const isBundled = bundled.articles.some((a) => a.id === articleId);
  return {
    ...layer,
    articles: layer.articles.filter((a) => a.id !== articleId),
    entities: withoutBundledCopies(
      layer.entities
        .filter((e) => !goneEntities.has(e.id))
        .map((e) => ({
          ...e,
          sources: e.sources.filter((s) => s !== articleId),
          roles: e.roles.filter((r) => r.evidence.articleId !== articleId),
        })),
      bundled.entities,
    ),
    agreements: withoutBundledCopies(
      layer.agreements
        .filter((a) => !goneAgreements.has(a.id))
        .map((a) => {
          // A bundled agreement whose only evidence was a hidden bundled article keeps it (an
          // agreement needs one); the merge drops it from what the reader sees.
          const evidence = a.evidence.filter((e) => e.articleId !== articleId);
          return evidence.length > 0 ? { ...a, evidence } : a;
        }),
      bundled.agreements,
    ),
    hidden: isBundled && !layer.hidden.includes(articleId) ? [...layer.hidden, articleId] : layer.hidden,
  };
}

import type { Dataset } from './dataset-schema';
import { mergeDataset } from './merge-dataset';
import type { RemovalSummary } from './reviewed-article';
import type { UserLayer } from './user-layer';

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

/** The layer without the article and what only it brought; a bundled article is hidden instead. */
export function removeArticle(layer: UserLayer, bundled: Dataset, articleId: string): UserLayer {
  const summary = previewArticleRemoval(layer, bundled, articleId);
  const goneEntities = new Set(summary.entities.map((e) => e.id));
  const goneAgreements = new Set(summary.agreements.map((a) => a.id));
  const isBundled = bundled.articles.some((a) => a.id === articleId);
  return {
    ...layer,
    articles: layer.articles.filter((a) => a.id !== articleId),
    entities: layer.entities
      .filter((e) => !goneEntities.has(e.id))
      .map((e) => ({
        ...e,
        sources: e.sources.filter((s) => s !== articleId),
        roles: e.roles.filter((r) => r.evidence.articleId !== articleId),
      })),
    agreements: layer.agreements.filter((a) => !goneAgreements.has(a.id)),
    hidden: isBundled && !layer.hidden.includes(articleId) ? [...layer.hidden, articleId] : layer.hidden,
  };
}

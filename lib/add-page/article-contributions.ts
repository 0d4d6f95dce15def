import type { Dataset, EntityKind } from '../dataset-schema';

export interface ArticleContributions {
  /** Entities the article is a source of, by name. */
  entities: { id: string; name: string; kind: EntityKind }[];
  /** Agreements the article gives evidence for. */
  agreements: { id: string; title: string }[];
}

/** What an article brings to the dataset, for the panel to show beside it. */
export function articleContributions(dataset: Pick<Dataset, 'entities' | 'agreements'>, articleId: string): ArticleContributions {
  return {
    entities: dataset.entities
      .filter((entity) => entity.sources.includes(articleId))
      .map(({ id, name, kind }) => ({ id, name, kind }))
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    agreements: dataset.agreements
      .filter((agreement) => agreement.evidence.some((evidence) => evidence.articleId === articleId))
      .map(({ id, title }) => ({ id, title })),
  };
}

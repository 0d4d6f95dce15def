import type { Article, Dataset } from '../dataset-schema';
import { articleRef, type ArticleRef } from './article-ref';
import { datasetLookup, entityRef, type EntityRef } from './dataset-lookup';
import { pageUrlKey } from './same-page-url';
import { sourceDateYearFraction } from './source-date-order';

export interface SharedEntity extends EntityRef {
  /** How much this entity counts towards the match: rarer across articles weighs more. */
  weight: number;
}

export interface RelatedArticle {
  article: ArticleRef;
  score: number;
  /** Entities both pages mention, heaviest first. */
  shared: SharedEntity[];
}

export interface RelatedCoverageOptions {
  limit?: number;
}

/**
 * Recency is a tie-breaker, not a topic signal: a fresh article scores at most as much as one extra
 * shared entity found in a little over half of the dataset's articles, and loses half of that
 * for every year it is older than the newest article.
 */
const RECENCY_WEIGHT = 1;
const RECENCY_HALF_LIFE_YEARS = 1;
const DEFAULT_LIMIT = 20;

interface CoverageStats {
  /** Inverse document frequency of each entity over the dataset's articles. */
  idf: Map<string, number>;
  newestYear: number | undefined;
}

const statsCache = new WeakMap<Dataset, CoverageStats>();

function coverageStats(dataset: Dataset): CoverageStats {
  const cached = statsCache.get(dataset);
  if (cached) return cached;
  const documentFrequency = new Map<string, number>();
  let newestYear: number | undefined;
  for (const article of dataset.articles) {
    for (const [id, count] of Object.entries(article.mentions)) {
      if (count > 0) documentFrequency.set(id, (documentFrequency.get(id) ?? 0) + 1);
    }
    const year = sourceDateYearFraction(article.publishedAt);
    if (year !== undefined && (newestYear === undefined || year > newestYear)) newestYear = year;
  }
  const total = dataset.articles.length;
  // Smoothed IDF: an entity in every article still counts a little (ln 2), a unique one counts most.
  const idf = new Map([...documentFrequency].map(([id, df]) => [id, Math.log(1 + total / df)]));
  const stats = { idf, newestYear };
  statsCache.set(dataset, stats);
  return stats;
}

function recency(article: Article, newestYear: number | undefined): number {
  const year = sourceDateYearFraction(article.publishedAt);
  if (year === undefined || newestYear === undefined) return 0;
  return 0.5 ** (Math.max(0, newestYear - year) / RECENCY_HALF_LIFE_YEARS);
}

/**
 * Other articles in the dataset that share entities with the page, ranked by the rarity-weighted
 * sum of shared entities plus a recency bonus. The page itself (by URL) is never its own coverage.
 */
export function relatedCoverage(
  dataset: Dataset,
  page: { url: string; counts: Readonly<Record<string, number>> },
  options: RelatedCoverageOptions = {},
): RelatedArticle[] {
  const lookup = datasetLookup(dataset);
  const { idf, newestYear } = coverageStats(dataset);
  const pageKey = pageUrlKey(page.url);
  const pageEntities = Object.keys(page.counts).filter((id) => (page.counts[id] ?? 0) > 0);
  const ranked: { article: Article; score: number; shared: SharedEntity[] }[] = [];
  for (const article of dataset.articles) {
    const urls = [article.url, article.canonicalUrl].filter((url): url is string => url !== undefined);
    if (urls.some((url) => pageUrlKey(url) === pageKey)) continue;
    const shared: SharedEntity[] = [];
    for (const id of pageEntities) {
      if ((article.mentions[id] ?? 0) > 0) shared.push({ ...entityRef(lookup, id), weight: idf.get(id) ?? 0 });
    }
    if (shared.length === 0) continue;
    shared.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'en'));
    const score = shared.reduce((sum, entity) => sum + entity.weight, 0) + RECENCY_WEIGHT * recency(article, newestYear);
    ranked.push({ article, score, shared });
  }
  ranked.sort((a, b) => b.score - a.score || a.article.title.localeCompare(b.article.title, 'en'));
  return ranked
    .slice(0, options.limit ?? DEFAULT_LIMIT)
    .map(({ article, score, shared }) => ({ article: articleRef(article), score, shared }));
}

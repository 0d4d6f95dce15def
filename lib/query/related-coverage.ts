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
  /** Indexes of the articles mentioning each entity, so scoring touches only candidates. */
  articlesByEntity: Map<string, number[]>;
  /** Each article's URL keys, parsed on first need and kept: URL parsing dominates otherwise. */
  urlKeys(index: number): string[];
  newestYear: number | undefined;
}

const statsCache = new WeakMap<Dataset, CoverageStats>();

function coverageStats(dataset: Dataset): CoverageStats {
  const cached = statsCache.get(dataset);
  if (cached) return cached;
  const articlesByEntity = new Map<string, number[]>();
  let newestYear: number | undefined;
  for (const [index, article] of dataset.articles.entries()) {
    for (const [id, count] of Object.entries(article.mentions)) {
      if (count <= 0) continue;
      const list = articlesByEntity.get(id);
      if (list) list.push(index);
      else articlesByEntity.set(id, [index]);
    }
    const year = sourceDateYearFraction(article.publishedAt);
    if (year !== undefined && (newestYear === undefined || year > newestYear)) newestYear = year;
  }
  const total = dataset.articles.length;
  // Smoothed IDF: an entity in every article still counts a little (ln 2), a unique one counts most.
  const idf = new Map([...articlesByEntity].map(([id, articles]) => [id, Math.log(1 + total / articles.length)]));
  const parsedUrlKeys: (string[] | undefined)[] = [];
  const urlKeys = (index: number): string[] => {
    const article = dataset.articles[index]!;
    return (parsedUrlKeys[index] ??= [article.url, article.canonicalUrl].filter((url): url is string => url !== undefined).map(pageUrlKey));
  };
  const stats = { idf, articlesByEntity, urlKeys, newestYear };
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
  const { idf, articlesByEntity, urlKeys, newestYear } = coverageStats(dataset);
  const pageKey = pageUrlKey(page.url);
  const sharedByArticle = new Map<number, SharedEntity[]>();
  for (const [id, mentions] of Object.entries(page.counts)) {
    if (mentions <= 0) continue;
    const entity: SharedEntity = { ...entityRef(lookup, id), weight: idf.get(id) ?? 0 };
    for (const index of articlesByEntity.get(id) ?? []) {
      const shared = sharedByArticle.get(index);
      if (shared) shared.push(entity);
      else sharedByArticle.set(index, [entity]);
    }
  }
  // Score every candidate (cheap), sort, and only then do the costlier work (URL parsing, sorting
  // names) for the few that will be shown: a page naming a common entity can touch thousands.
  const ranked: { index: number; score: number; shared: SharedEntity[] }[] = [];
  for (const [index, shared] of sharedByArticle) {
    const score = shared.reduce((sum, entity) => sum + entity.weight, 0) + RECENCY_WEIGHT * recency(dataset.articles[index]!, newestYear);
    ranked.push({ index, score, shared });
  }
  // Ties go to dataset order, which is stable and cheap (no locale-aware comparison of titles).
  ranked.sort((a, b) => b.score - a.score || a.index - b.index);
  const limit = options.limit ?? DEFAULT_LIMIT;
  const result: RelatedArticle[] = [];
  for (const { index, score, shared } of ranked) {
    if (result.length >= limit) break;
    if (urlKeys(index).includes(pageKey)) continue;
    shared.sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name, 'en'));
    result.push({ article: articleRef(dataset.articles[index]!), score, shared });
  }
  return result;
}

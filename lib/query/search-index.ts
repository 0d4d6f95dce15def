import type { IFuseOptions } from 'fuse.js';
import type { Dataset } from '../dataset-schema';
import { articleRef, type ArticleRef } from './article-ref';
import { agreementTypeLabel, dateView, type DateView } from './agreement-view';
import { datasetLookup, entityRef, type EntityRef } from './dataset-lookup';
import { createPrefilteredFuse } from './prefiltered-fuse';

export interface EntityHit extends EntityRef {
  description: string;
  score: number;
}

export interface AgreementHit {
  id: string;
  title: string;
  typeLabel: string;
  date: DateView | null;
  parties: string[];
  score: number;
}

export interface ArticleHit extends ArticleRef {
  score: number;
}

/** Results grouped by type, best match first in each group. */
export interface SearchResults {
  query: string;
  entities: EntityHit[];
  agreements: AgreementHit[];
  articles: ArticleHit[];
  total: number;
}

export interface SearchIndex {
  search(query: string, options?: { limitPerGroup?: number }): SearchResults;
}

interface EntityDoc {
  ref: EntityRef;
  description: string;
  name: string;
  aliases: string[];
}

interface AgreementDoc {
  hit: Omit<AgreementHit, 'score'>;
  title: string;
  summary: string;
  parties: string[];
}

interface ArticleDoc {
  ref: ArticleRef;
  title: string;
  site: string;
}

/**
 * 0.35 lets one or two wrong, missing or swapped letters through in a name ("balakrishan",
 * "skolkov") without letting unrelated names in. Location is ignored because the word the reader
 * types is often in the middle of a name ("Balakrishnan" in "Vivian Balakrishnan").
 */
const FUZZY = {
  threshold: 0.35,
  ignoreLocation: true,
  ignoreDiacritics: true,
  includeScore: true,
  minMatchCharLength: 2,
} satisfies IFuseOptions<unknown>;
const DEFAULT_LIMIT_PER_GROUP = 8;
/** One letter matches far too much to be useful and costs the most; wait for the second. */
const MIN_QUERY_LENGTH = 2;
/** Names and titles are shorter than this; a pasted paragraph would only cost time (Fuse works in 32-letter chunks). */
const MAX_QUERY_LENGTH = 64;

/** Builds the three indexes once per dataset; `search` then answers each keystroke on its own. */
export function createSearchIndex(dataset: Dataset): SearchIndex {
  const lookup = datasetLookup(dataset);
  const entityDocs: EntityDoc[] = dataset.entities.map((entity) => ({
    ref: { id: entity.id, name: entity.name, kind: entity.kind },
    description: entity.description,
    name: entity.name,
    aliases: [...new Set(entity.aliases.map((alias) => alias.text).filter((text) => text !== entity.name))],
  }));
  const agreementDocs: AgreementDoc[] = dataset.agreements.map((agreement) => {
    const parties = agreement.parties.map((id) => entityRef(lookup, id).name);
    return {
      hit: { id: agreement.id, title: agreement.title, typeLabel: agreementTypeLabel(agreement.type), date: dateView(agreement.date), parties },
      title: agreement.title,
      summary: agreement.summary,
      parties,
    };
  });
  const articleDocs: ArticleDoc[] = dataset.articles.map((article) => ({
    ref: articleRef(article),
    title: article.title,
    site: article.site ?? '',
  }));

  const entities = createPrefilteredFuse(
    entityDocs,
    {
      ...FUZZY,
      keys: [
        { name: 'name', weight: 2 },
        { name: 'aliases', weight: 1.5 },
      ],
    },
    (doc) => [doc.name, ...doc.aliases],
  );
  const agreements = createPrefilteredFuse(
    agreementDocs,
    {
      ...FUZZY,
      keys: [
        { name: 'title', weight: 2 },
        { name: 'parties', weight: 1.5 },
        { name: 'summary', weight: 0.5 },
      ],
    },
    (doc) => [doc.title, doc.summary, ...doc.parties],
  );
  const articles = createPrefilteredFuse(
    articleDocs,
    {
      ...FUZZY,
      keys: [
        { name: 'title', weight: 2 },
        { name: 'site', weight: 1 },
      ],
    },
    (doc) => [doc.title, doc.site],
  );

  return {
    search(query, options = {}) {
      const trimmed = query.trim().slice(0, MAX_QUERY_LENGTH).trim();
      const limit = options.limitPerGroup ?? DEFAULT_LIMIT_PER_GROUP;
      if (trimmed.length < MIN_QUERY_LENGTH) return { query: trimmed, entities: [], agreements: [], articles: [], total: 0 };
      const entityHits = entities
        .search(trimmed, limit)
        .map(({ item, score }) => ({ ...item.ref, description: item.description, score: score ?? 0 }));
      const agreementHits = agreements.search(trimmed, limit).map(({ item, score }) => ({ ...item.hit, score: score ?? 0 }));
      const articleHits = articles.search(trimmed, limit).map(({ item, score }) => ({ ...item.ref, score: score ?? 0 }));
      return {
        query: trimmed,
        entities: entityHits,
        agreements: agreementHits,
        articles: articleHits,
        total: entityHits.length + agreementHits.length + articleHits.length,
      };
    },
  };
}

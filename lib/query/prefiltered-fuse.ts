import Fuse, { type FuseResult, type IFuseOptions } from 'fuse.js';
import { createBigramPrefilter } from './bigram-prefilter';

export interface PrefilteredFuse<T> {
  search(query: string, limit: number): FuseResult<T>[];
}

/**
 * How many records Fuse scores per query: fifteen times the eight results a group shows, so the
 * prefilter only drops records that share too few letter pairs to rank, and small enough that a
 * long query over long agreement summaries stays near 10 ms (400 candidates took 45 ms).
 */
const CANDIDATES_PER_QUERY = 120;

/**
 * fuse.js over a collection, scoring only the prefilter's candidates. The full Fuse index is built
 * once; each query gets a Fuse over a subset of its records (public `parseIndex` API), so scores
 * and field norms are exactly those of a search over the whole collection.
 */
export function createPrefilteredFuse<T>(
  docs: readonly T[],
  options: IFuseOptions<T> & { keys: { name: string; weight: number }[] },
  searchableTexts: (doc: T) => string[],
): PrefilteredFuse<T> {
  const index = Fuse.createIndex(options.keys, docs);
  const { keys, records } = index.toJSON();
  const recordOfDoc = new Map(records.map((record) => [record.i, record]));
  const prefilter = createBigramPrefilter(docs.map(searchableTexts));
  return {
    search(query, limit) {
      const subset = prefilter
        .candidates(query, CANDIDATES_PER_QUERY)
        .map((docIndex) => recordOfDoc.get(docIndex))
        .filter((record) => record !== undefined);
      if (subset.length === 0) return [];
      const subsetIndex = Fuse.parseIndex<T>({ keys, records: subset });
      return new Fuse(docs, options, subsetIndex).search(query, { limit });
    },
  };
}

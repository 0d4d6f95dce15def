/**
 * Picks the few hundred records worth handing to fuse.js for a query. Fuse scores every record it
 * holds with the Bitap algorithm, which at 10,000 entities and 5,000 articles takes 100–500 ms a
 * keystroke; the side panel's budget is 30 ms. Records that share no letter pairs with the query
 * cannot match it, and a typo breaks at most two or three pairs, so ranking records by the letter
 * pairs (word-initial included) they share with the query keeps every plausible match and lets
 * Fuse score only those.
 */
export interface BigramPrefilter {
  /** Indexes of the records sharing the most letter pairs with the query, at most `limit`, in no order. */
  candidates(query: string, limit: number): number[];
}

/** Lower case without accents, so "Ministère" and "ministere" share their pairs. */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Letter pairs of each word, with a leading space so a word's first letters weigh as a pair of
 * their own ("sk" at the start of "skolkovo"). No trailing pair: the reader may still be typing.
 */
function bigrams(text: string): Set<number> {
  const pairs = new Set<number>();
  for (const word of foldForSearch(text).match(WORD) ?? []) {
    let previous = 32; // space
    for (let index = 0; index < word.length; index++) {
      const code = word.charCodeAt(index);
      pairs.add(previous * 65536 + code);
      previous = code;
    }
  }
  return pairs;
}

/**
 * A record needs at least this share of the query's pairs to be considered: "balakrishan" keeps
 * all 11 of its pairs in "Balakrishnan", a slip of two letters still keeps well over a third.
 */
const MIN_SHARED_FRACTION = 0.34;

export function createBigramPrefilter(records: readonly (readonly string[])[]): BigramPrefilter {
  const postingLists = new Map<number, number[]>();
  const lengths = new Uint32Array(records.length);
  records.forEach((texts, recordIndex) => {
    const pairs = new Set<number>();
    for (const text of texts) for (const pair of bigrams(text)) pairs.add(pair);
    lengths[recordIndex] = texts.reduce((sum, text) => sum + text.length, 0);
    for (const pair of pairs) {
      const list = postingLists.get(pair);
      if (list) list.push(recordIndex);
      else postingLists.set(pair, [recordIndex]);
    }
  });
  const postings = new Map([...postingLists].map(([pair, list]) => [pair, Int32Array.from(list)]));
  const counts = new Uint16Array(records.length);

  return {
    candidates(query, limit) {
      const queryPairs = [...bigrams(query)];
      if (queryPairs.length === 0 || limit <= 0) return [];
      const touched: number[] = [];
      for (const pair of queryPairs) {
        const list = postings.get(pair);
        if (!list) continue;
        for (const recordIndex of list) {
          if (counts[recordIndex] === 0) touched.push(recordIndex);
          counts[recordIndex]!++;
        }
      }
      const minShared = Math.max(1, Math.ceil(queryPairs.length * MIN_SHARED_FRACTION));
      // Histogram of shared-pair counts, then take whole levels from the top until the limit;
      // the level that overflows is cut by shortest text first, as Fuse favours short fields.
      const histogram = new Uint32Array(queryPairs.length + 1);
      for (const recordIndex of touched) histogram[counts[recordIndex]!]!++;
      let cutLevel = queryPairs.length;
      let above = 0;
      while (cutLevel > minShared && above + histogram[cutLevel]! < limit) above += histogram[cutLevel--]!;
      const chosen: number[] = [];
      const atCut: number[] = [];
      for (const recordIndex of touched) {
        const count = counts[recordIndex]!;
        if (count > cutLevel) chosen.push(recordIndex);
        else if (count === cutLevel && count >= minShared) atCut.push(recordIndex);
        counts[recordIndex] = 0;
      }
      atCut.sort((a, b) => lengths[a]! - lengths[b]! || a - b);
      chosen.push(...atCut.slice(0, limit - chosen.length));
      return chosen;
    },
  };
}

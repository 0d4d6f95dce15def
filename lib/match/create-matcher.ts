import type { EntityKind } from '../dataset-schema';
import {
  COMPACT_INDEX_VERSION,
  PATTERN_CASE_SENSITIVE,
  PATTERN_HAS_UPPER,
  PATTERN_SURNAME,
  PATTERN_WEAK,
  slotOf,
  transitionKeys,
  type CompactIndex,
} from './alias-index';
import type { BlockScan, IndexedEntity, Matcher, Mention } from './matcher-types';
import { base64ToBytes, base64ToInt32 } from './typed-array-base64';
import {
  tokenize,
  TOKEN_AFTER_SPACE,
  TOKEN_ALL_UPPER,
  TOKEN_HAS_UPPER,
  TOKEN_PUNCT,
  TOKEN_STARTS_UPPER,
  type TokenList,
} from './tokenize';

/**
 * The matcher: scans blocks of text against the alias index and applies the rules a careful
 * reader would, in two steps so a page can be scanned block by block and re-resolved cheaply:
 *
 *   scan(block)    tokens → every alias that occurs (token trie walk from each token; linear in
 *                  the text, bounded by the longest alias, independent of the number of aliases)
 *   resolve(page)  1. strong aliases, leftmost-longest → the entities the page names outright
 *                  2. weak aliases count if their entity, or a party it shares an agreement with,
 *                     is named outright; surnames count after the person's full name appeared
 *                  3. leftmost-longest, non-overlapping, enabled kinds only
 */

const KIND_BY_CODE: Record<string, EntityKind> = { o: 'org', p: 'person', c: 'country' };

interface Scan extends BlockScan {
  tokens: TokenList;
  /** Flat triples: first token, last token, trie state with outputs. */
  hits: Int32Array;
  hitCount: number;
}

interface Option {
  block: number;
  first: number;
  last: number;
  start: number;
  end: number;
  entity: number;
  flags: number;
}

export function createMatcher(index: CompactIndex): Matcher {
  if (index.v !== COMPACT_INDEX_VERSION) throw new Error(`alias index version ${index.v} is not ${COMPACT_INDEX_VERSION}`);
  const table = base64ToInt32(index.table);
  const mask = index.tableMask;
  const outStart = base64ToInt32(index.outStart);
  const outPatterns = base64ToInt32(index.outPatterns);
  const patternEntity = base64ToInt32(index.patternEntity);
  const patternFlags = base64ToBytes(index.patternFlags);
  const partnerStart = base64ToInt32(index.partnerStart);
  const partners = base64ToInt32(index.partners);
  const entityCount = index.ids.length;

  function step(state: number, hash1: number, hash2: number): number {
    const [key1, key2] = transitionKeys(state, hash1, hash2);
    let slot = slotOf(key1, key2, mask);
    for (;;) {
      const base = slot * 3;
      const child = table[base + 2]!;
      if (child === 0) return -1;
      if (table[base] === key1 && table[base + 1] === key2) return child;
      slot = (slot + 1) & mask;
    }
  }

  function scan(text: string): Scan {
    const tokens = tokenize(text);
    let hits = new Int32Array(48);
    let hitCount = 0;
    const { count, hash1, hash2 } = tokens;
    for (let first = 0; first < count; first++) {
      let state = 0;
      for (let last = first; last < count; last++) {
        state = step(state, hash1[last]!, hash2[last]!);
        if (state < 0) break;
        if (outStart[state + 1]! > outStart[state]!) {
          if ((hitCount + 1) * 3 > hits.length) {
            const bigger = new Int32Array(hits.length * 2);
            bigger.set(hits);
            hits = bigger;
          }
          hits[hitCount * 3] = first;
          hits[hitCount * 3 + 1] = last;
          hits[hitCount * 3 + 2] = state;
          hitCount++;
        }
      }
    }
    return { textLength: text.length, tokens, hits, hitCount };
  }

  /** Case rules and the "start of a longer proper name" rule, which need only the block itself. */
  function fitsLocally(tokens: TokenList, first: number, last: number, flags: number): boolean {
    if (flags & PATTERN_CASE_SENSITIVE) {
      for (let t = first; t <= last; t++) {
        const tf = tokens.flags[t]!;
        if (!(tf & TOKEN_PUNCT) && !(tf & TOKEN_ALL_UPPER)) return false;
      }
    } else if (flags & PATTERN_HAS_UPPER) {
      let anyUpper = false;
      for (let t = first; t <= last && !anyUpper; t++) anyUpper = (tokens.flags[t]! & TOKEN_HAS_UPPER) !== 0;
      if (!anyUpper) return false;
    }
    if (flags & (PATTERN_WEAK | PATTERN_SURNAME)) {
      const next = last + 1;
      if (next < tokens.count) {
        const nf = tokens.flags[next]!;
        if (!(nf & TOKEN_PUNCT) && nf & TOKEN_STARTS_UPPER && nf & TOKEN_AFTER_SPACE) return false;
      }
    }
    return true;
  }

  function optionsOf(scans: readonly BlockScan[]): Option[] {
    const options: Option[] = [];
    scans.forEach((blockScan, block) => {
      const { tokens, hits, hitCount } = blockScan as Scan;
      for (let h = 0; h < hitCount; h++) {
        const first = hits[h * 3]!;
        const last = hits[h * 3 + 1]!;
        const state = hits[h * 3 + 2]!;
        for (let o = outStart[state]!; o < outStart[state + 1]!; o++) {
          const pattern = outPatterns[o]!;
          const flags = patternFlags[pattern]!;
          if (!fitsLocally(tokens, first, last, flags)) continue;
          options.push({
            block,
            first,
            last,
            start: tokens.start[first]!,
            end: tokens.end[last]!,
            entity: patternEntity[pattern]!,
            flags,
          });
        }
      }
    });
    return options;
  }

  /** Leftmost-longest, non-overlapping, within each block; options are in block, first order. */
  function selectNonOverlapping(options: readonly Option[]): Option[] {
    const sorted = [...options].sort((a, b) => a.block - b.block || a.first - b.first || b.last - a.last);
    const chosen: Option[] = [];
    let block = -1;
    let reach = -1;
    for (const option of sorted) {
      if (option.block !== block) {
        block = option.block;
        reach = -1;
      }
      if (option.first <= reach) continue;
      chosen.push(option);
      reach = option.last;
    }
    return chosen;
  }

  /** One entity per span: where an alias is shared, prefer the entity the page otherwise names. */
  function pickPerSpan(options: readonly Option[], named: ReadonlySet<number>): Option[] {
    const bySpan = new Map<string, Option[]>();
    for (const option of options) {
      const key = `${option.block}:${option.first}:${option.last}`;
      const list = bySpan.get(key);
      if (list) list.push(option);
      else bySpan.set(key, [option]);
    }
    const picked: Option[] = [];
    for (const list of bySpan.values()) {
      const entities = new Set(list.map((o) => o.entity));
      if (entities.size === 1) {
        picked.push(list[0]!);
        continue;
      }
      const preferred = list.filter((o) => named.has(o.entity));
      const preferredEntities = new Set(preferred.map((o) => o.entity));
      // Still ambiguous: a wrong card is worse than none.
      if (preferredEntities.size === 1) picked.push(preferred[0]!);
    }
    return picked;
  }

  function hasNamedPartner(entity: number, named: ReadonlySet<number>): boolean {
    for (let p = partnerStart[entity]!; p < partnerStart[entity + 1]!; p++) if (named.has(partners[p]!)) return true;
    return false;
  }

  function resolve(scans: readonly BlockScan[], kinds: ReadonlySet<EntityKind>): Mention[][] {
    const options = optionsOf(scans);
    const isStrong = (o: Option) => !(o.flags & (PATTERN_WEAK | PATTERN_SURNAME));

    // 1. What the page names outright.
    const strongChosen = selectNonOverlapping(pickPerSpan(options.filter(isStrong), new Set()));
    const named = new Set(strongChosen.map((o) => o.entity));
    // Where each person's full name first appears, to admit later surnames.
    const firstNamed = new Map<number, Option>();
    for (const o of strongChosen) if (!firstNamed.has(o.entity)) firstNamed.set(o.entity, o);

    // 2. Corroborated weak aliases and surnames.
    const corroborated = options.filter((o) => {
      if (isStrong(o)) return true;
      if (o.flags & PATTERN_SURNAME) {
        const full = firstNamed.get(o.entity);
        return full !== undefined && (full.block < o.block || (full.block === o.block && full.last < o.first));
      }
      return named.has(o.entity) || hasNamedPartner(o.entity, named);
    });

    // 3. The final, non-overlapping choice.
    const result: Mention[][] = scans.map(() => []);
    for (const o of selectNonOverlapping(pickPerSpan(corroborated, named))) {
      const kind = KIND_BY_CODE[index.kinds[o.entity]!];
      if (kind && kinds.has(kind)) result[o.block]!.push({ start: o.start, end: o.end, entity: o.entity });
    }
    return result;
  }

  const entityCache: IndexedEntity[] = [];
  return {
    entityCount,
    entity(i: number): IndexedEntity {
      let cached = entityCache[i];
      if (!cached) {
        const id = index.ids[i];
        if (id === undefined) throw new RangeError(`no entity ${i} in the alias index`);
        cached = { id, kind: KIND_BY_CODE[index.kinds[i]!] ?? 'org' };
        entityCache[i] = cached;
      }
      return cached;
    },
    scan,
    resolve,
  };
}

import type { EntityKind } from '../dataset-schema';
import {
  COMPACT_INDEX_VERSION,
  PATTERN_CASE_SENSITIVE,
  PATTERN_CAPITALS_SHIFT,
  PATTERN_HAS_UPPER,
  PATTERN_SURNAME,
  PATTERN_WEAK,
  type CompactIndex,
} from './alias-index';
import type { BlockScan, IndexedEntity, Matcher, Mention } from './matcher-types';
import { countCapitalisedWords, isAllCapitals, LEADING_SEPARATORS, readToken, secondHash, TOKEN_RUNS, token } from './read-token';
import { base64ToBytes, base64ToInt32 } from './typed-array-base64';

/**
 * The matcher: scans blocks of text against the alias index and applies the rules a careful
 * reader would, in two steps so a page is scanned block by block and re-resolved cheaply:
 *
 *   scan(block)    tokens ─▶ token-trie walk (every alias occurrence, linear in the text, bounded by
 *                  the longest alias, independent of the number of aliases) ─▶ case rules and the
 *                  "start of a longer name" rule ─▶ strong aliases chosen leftmost-longest; what
 *                  depends on the rest of the page (weak aliases, surnames, shared aliases) is kept
 *   resolve(page)  entities named outright anywhere ─▶ weak aliases count if their entity, or a
 *                  party it shares an agreement with, is named; surnames count after the full name
 *                  ─▶ leftmost-longest, enabled kinds only. Blocks with nothing page-dependent
 *                  reuse their mentions, so resolving a page costs little more than its mentions.
 */

const KIND_BY_CODE: Record<string, EntityKind> = { o: 'org', p: 'person', c: 'country' };
const NO_MENTIONS: readonly Mention[] = Object.freeze([]);
const NO_OPTIONS = new Int32Array(0);
const NO_STRONG_OPTIONS: readonly Option[] = Object.freeze([]);

/** An alias occurrence that passed the block-local rules. */
interface Option {
  start: number;
  end: number;
  entity: number;
  flags: number;
}

interface Scan extends BlockScan {
  /** Leftmost-longest strong, unambiguous mentions: the block's contribution to "named outright". */
  strong: readonly Mention[];
  /**
   * Options whose fate depends on the page, flat (start, end, entity, flags per option): a surname
   * shared by dozens of people is dozens of options at each occurrence, and most are never admitted.
   */
  dependent: Int32Array;
  /** Strong options competing with dependent ones for the same text (only when `dependent` is not empty). */
  strongOptions: readonly Option[];
  /** The kinds `cachedMentions` were resolved for; reused while nothing they depend on changes. */
  cachedKinds: string | null;
  cachedMentions: readonly Mention[];
}

function isUpperAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 65 && code <= 90;
  const char = text[i]!;
  return char !== char.toLowerCase();
}

/** An all-caps acronym matches only all-caps text. */
function isUpperCaseText(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128 ? code >= 97 && code <= 122 : text[i] !== text[i]!.toUpperCase()) return false;
  }
  return true;
}

/** The word before `start` or after `end`, within the block, as offsets; null at the block's edge. */
function neighbourWord(text: string, from: number, step: 1 | -1): [number, number] | null {
  const isWord = (i: number) => /[\p{L}\p{N}]/u.test(text[i]!);
  let i = from;
  while (i >= 0 && i < text.length && !isWord(i)) i += step;
  if (i < 0 || i >= text.length) return null;
  let j = i;
  while (j + step >= 0 && j + step < text.length && isWord(j + step)) j += step;
  return step === 1 ? [i, j + 1] : [j, i + 1];
}

/**
 * "FLOOD AID REACHES…": in text set in capitals, a short acronym cannot be told from a word. A weak
 * all-caps alias whose neighbouring words are capitals too (or the block's edge) is not a mention.
 */
function inCapitalisedRun(text: string, start: number, end: number): boolean {
  const before = neighbourWord(text, start - 1, -1);
  const after = neighbourWord(text, end, 1);
  const capitals = (word: [number, number] | null) => word === null || (word[1] - word[0] >= 2 && isAllCapitals(text, word[0], word[1]));
  return (before !== null || after !== null) && capitals(before) && capitals(after);
}

/** "Chan" in "Chan Chun Sing": a weak alias or surname followed, after a space, by a capitalised word. */
function startsLongerName(text: string, end: number): boolean {
  let i = end;
  let sawSpace = false;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 0xa0 || (code >= 9 && code <= 13) || code === 0x202f || (code >= 0x2000 && code <= 0x200b)) {
      sawSpace = true;
      i++;
    } else break;
  }
  return sawSpace && i < text.length && isUpperAt(text, i);
}

/** Leftmost-longest, non-overlapping; `options` sorted by start, longer first. */
function selectNonOverlapping<T extends { start: number; end: number }>(options: readonly T[]): T[] {
  const chosen: T[] = [];
  let reach = -1;
  for (const option of options) {
    if (option.start < reach) continue;
    chosen.push(option);
    reach = option.end;
  }
  return chosen;
}

/**
 * Bits of a cached token run: it may start an alias, continue one, must be re-read token by token,
 * or holds an unpaired surrogate (then the whole block is read token by token).
 */
const RUN_STARTS = 1;
const RUN_CONTINUES = 2;
const RUN_SLOW = 4;
const RUN_GARBLED = 8;
const LONE_HIGH_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])/;
/** Distinct runs remembered per matcher: a few thousand on a news page; the cap bounds a huge one. */
const MAX_CACHED_RUNS = 1 << 14;

function grown<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/** What `collect` has learnt about one span: each rule is tested once (bit), with its outcome (bit << 1). */
const FITS_CASE_SENSITIVE = 1;
const FITS_LONGER_KNOWN = 16;
const FITS_LONGER = 32;
const FITS_RUN_KNOWN = 64;
const FITS_RUN = 128;

/** Fields of an option in a flat list: start, end, entity, flags. */
const OPTION_SIZE = 4;
/** Above the pattern flags (one byte): marks an option `partition` keeps for the page. */
const DEPENDENT = 1 << 8;

/**
 * Sorts the first `count` flat options by start, longer first, in place and stably. Options arrive
 * almost in order (by end, as the tokens are read), so an insertion sort does a handful of moves
 * where a comparator sort would call back into script n log n times.
 */
function sortByStartThenLongest(options: Int32Array, count: number): void {
  for (let i = 1; i < count; i++) {
    const at = i * OPTION_SIZE;
    const start = options[at]!;
    const end = options[at + 1]!;
    const entity = options[at + 2]!;
    const flags = options[at + 3]!;
    let j = at - OPTION_SIZE;
    while (j >= 0 && (options[j]! > start || (options[j] === start && options[j + 1]! < end))) {
      options.copyWithin(j + OPTION_SIZE, j, j + OPTION_SIZE);
      j -= OPTION_SIZE;
    }
    j += OPTION_SIZE;
    options[j] = start;
    options[j + 1] = end;
    options[j + 2] = entity;
    options[j + 3] = flags;
  }
}

const byStartThenLongest = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start - b.start || b.end - a.end;

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
  const startFilter = base64ToInt32(index.startFilter);
  const wordFilter = base64ToInt32(index.wordFilter);
  const filterMask = index.filterMask;
  const kindCodes = index.kinds;

  function step(state: number, hash1: number, hash2: number): number {
    const key1 = hash1 ^ Math.imul(state, 0x9e3779b1);
    const key2 = hash2 ^ Math.imul(state + 1, 0x85ebca6b);
    let slot = (Math.imul(key1 ^ (key2 >>> 7), 0x27d4eb2d) >>> 0) & mask;
    for (;;) {
      const base = slot * 3;
      const child = table[base + 2]!;
      if (child === 0) return -1;
      if (table[base] === key1 && table[base + 1] === key2) return child;
      slot = (slot + 1) & mask;
    }
  }

  function inFilter(filter: Int32Array, hash1: number): boolean {
    const bit = (Math.imul(hash1, 0x2c1b3c6d) >>> 7) & filterMask;
    return (filter[bit >> 5]! & (1 << (bit & 31))) !== 0;
  }

  // Options of the block being scanned, flat; reused from block to block.
  let found = new Int32Array(64 * OPTION_SIZE);
  let foundCount = 0;

  // Partial matches in progress (state, start offset); aliases are short, so these stay tiny.
  let active = 0;
  let activeStates = new Int32Array(16);
  let activeStarts = new Int32Array(16);
  let nextStates = new Int32Array(16);
  let nextStarts = new Int32Array(16);

  // Page text repeats its words: each distinct run (a token and the separators after it) is read,
  // hashed and taken from the trie's root once, then looked up (about 17,000 runs but under 1,000
  // distinct ones per 100,000 characters of news). The per-character loop then runs over a few
  // percent of the page, which matters while the page's first slices still run in the interpreter.
  let runIds = new Map<string, number>();
  let runBits = new Uint8Array(1024);
  let runEnd = new Int32Array(1024);
  let runHash1 = new Int32Array(1024);
  let runHash2 = new Int32Array(1024);
  let runRoot = new Int32Array(1024);

  /** Remembers what `run` holds (or that it needs `readToken`) and returns its id. */
  function learn(run: string): number {
    if (runIds.size >= MAX_CACHED_RUNS) runIds = new Map();
    const id = runIds.size;
    if (id === runBits.length) {
      runBits = grown(runBits, new Uint8Array(id * 2));
      runEnd = grown(runEnd, new Int32Array(id * 2));
      runHash1 = grown(runHash1, new Int32Array(id * 2));
      runHash2 = grown(runHash2, new Int32Array(id * 2));
      runRoot = grown(runRoot, new Int32Array(id * 2));
    }
    runIds.set(run, id);
    if (LONE_HIGH_SURROGATE.test(run)) {
      runBits[id] = RUN_GARBLED;
      return id;
    }
    const end = readToken(run, 0);
    if (end < 0 || token.start !== 0) {
      runBits[id] = RUN_SLOW;
      return id;
    }
    const hash1 = token.hash1;
    const hash2 = secondHash(run);
    runEnd[id] = token.end;
    runHash1[id] = hash1;
    runHash2[id] = hash2;
    if (readToken(run, end) >= 0) {
      runBits[id] = RUN_SLOW;
      return id;
    }
    // The transition from the root depends on the token alone: taken once here, not per occurrence.
    const root = inFilter(startFilter, hash1) ? step(0, hash1, hash2) : -1;
    runRoot[id] = root;
    runBits[id] = (root > 0 ? RUN_STARTS : 0) | (inFilter(wordFilter, hash1) ? RUN_CONTINUES : 0);
    return id;
  }

  function scan(text: string): Scan {
    foundCount = 0;
    const runs = text.match(TOKEN_RUNS);
    if (runs === null) return partition(text.length);
    LEADING_SEPARATORS.lastIndex = 0;
    LEADING_SEPARATORS.test(text);
    let offset = LEADING_SEPARATORS.lastIndex;
    active = 0;
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r]!;
      let id = runIds.get(run);
      if (id === undefined) id = learn(run);
      const bits = runBits[id]!;
      if (bits & RUN_GARBLED) {
        // readToken reads a lone high surrogate together with the next character, across runs.
        foundCount = 0;
        active = 0;
        readSlowly(text, 0, text.length);
        break;
      }
      if (bits & RUN_SLOW) readSlowly(text, offset, offset + run.length);
      else if (active > 0 || bits & RUN_STARTS) {
        advance(text, offset, offset + runEnd[id]!, runHash1[id]!, runHash2[id]!, (bits & RUN_CONTINUES) !== 0, runRoot[id]!);
      }
      offset += run.length;
    }
    return partition(text.length);
  }

  /** Tokens of `text` between `from` and `to` one by one: the reference path, for runs the cache cannot hold. */
  function readSlowly(text: string, from: number, to: number): void {
    for (let i = readToken(text, from); i >= 0 && token.start < to; i = readToken(text, i)) {
      const { hash1, start, end } = token;
      const starts = inFilter(startFilter, hash1);
      if (starts || active > 0) {
        const hash2 = secondHash(text);
        advance(text, start, end, hash1, hash2, inFilter(wordFilter, hash1), starts ? step(0, hash1, hash2) : -1);
      }
      if (i >= to) break;
    }
  }

  /**
   * One token through the trie: extends the partial matches in progress (when the token may
   * continue one) and starts a new one from `root`, the root's transition on this token (or -1).
   */
  function advance(text: string, start: number, end: number, hash1: number, hash2: number, continues: boolean, root: number): void {
    let next = 0;
    if (continues) {
      for (let a = 0; a < active; a++) {
        const state = step(activeStates[a]!, hash1, hash2);
        if (state > 0) {
          nextStates[next] = state;
          nextStarts[next++] = activeStarts[a]!;
          if (outStart[state + 1]! > outStart[state]!) collect(text, state, activeStarts[a]!, end);
        }
      }
    }
    if (root > 0) {
      nextStates[next] = root;
      nextStarts[next++] = start;
      if (outStart[root + 1]! > outStart[root]!) collect(text, root, start, end);
    }
    const states = activeStates;
    activeStates = nextStates;
    nextStates = states;
    const starts = activeStarts;
    activeStarts = nextStarts;
    nextStarts = starts;
    active = next;
    if (active >= activeStates.length - 1) {
      // Only a pathological alias set gets here; grow rather than drop matches.
      activeStates = grown(activeStates, new Int32Array(activeStates.length * 2));
      activeStarts = grown(activeStarts, new Int32Array(activeStarts.length * 2));
      nextStates = new Int32Array(activeStates.length);
      nextStarts = new Int32Array(activeStates.length);
    }
  }

  /**
   * Adds the options of the patterns ending at `state` that fit the block-local rules. A span shared
   * by many patterns (a common surname) is tested against each rule once, not once per pattern.
   */
  function collect(text: string, state: number, start: number, end: number): void {
    let fits = 0;
    // Worked out once per span, only if a pattern needs it.
    let capitals = -1;
    for (let o = outStart[state]!; o < outStart[state + 1]!; o++) {
      const pattern = outPatterns[o]!;
      const flags = patternFlags[pattern]!;
      if (flags & PATTERN_CASE_SENSITIVE) {
        if ((fits & FITS_CASE_SENSITIVE) === 0) fits |= FITS_CASE_SENSITIVE | (isUpperCaseText(text, start, end) ? FITS_CASE_SENSITIVE << 1 : 0);
        if ((fits & (FITS_CASE_SENSITIVE << 1)) === 0) continue;
        if (flags & PATTERN_WEAK) {
          if ((fits & FITS_RUN_KNOWN) === 0) fits |= FITS_RUN_KNOWN | (inCapitalisedRun(text, start, end) ? FITS_RUN : 0);
          if (fits & FITS_RUN) continue;
        }
      } else if (flags & PATTERN_HAS_UPPER) {
        if (capitals < 0) capitals = countCapitalisedWords(text, start, end);
        if (capitals < flags >> PATTERN_CAPITALS_SHIFT) continue;
      }
      if (flags & (PATTERN_WEAK | PATTERN_SURNAME)) {
        if ((fits & FITS_LONGER_KNOWN) === 0) fits |= FITS_LONGER_KNOWN | (startsLongerName(text, end) ? FITS_LONGER : 0);
        if (fits & FITS_LONGER) continue;
      }
      if ((foundCount + 1) * OPTION_SIZE > found.length) found = grown(found, new Int32Array(found.length * 2));
      const at = foundCount++ * OPTION_SIZE;
      found[at] = start;
      found[at + 1] = end;
      found[at + 2] = patternEntity[pattern]!;
      found[at + 3] = flags;
    }
  }

  /** Splits the block's options into what it settles alone and what needs the page. */
  function partition(textLength: number): Scan {
    if (foundCount === 0) {
      return { textLength, strong: NO_MENTIONS, dependent: NO_OPTIONS, strongOptions: NO_STRONG_OPTIONS, cachedKinds: null, cachedMentions: NO_MENTIONS };
    }
    sortByStartThenLongest(found, foundCount);
    const strongOptions: Option[] = [];
    // Dependent options are copied into one array of the right size, off the garbage-collected heap
    // when large; a growing list of numbers would be copied at every growth.
    const end = foundCount * OPTION_SIZE;
    let dependentCount = 0;
    for (let group = 0; group < end; ) {
      // Options on one span are adjacent; a span with several entities (a shared alias) is
      // ambiguous, so the page may settle it.
      let groupEnd = group + OPTION_SIZE;
      let shared = false;
      while (groupEnd < end && found[groupEnd] === found[group] && found[groupEnd + 1] === found[group + 1]) {
        if (found[groupEnd + 2] !== found[group + 2]) shared = true;
        groupEnd += OPTION_SIZE;
      }
      for (let at = group; at < groupEnd; at += OPTION_SIZE) {
        const flags = found[at + 3]!;
        if (shared || flags & (PATTERN_WEAK | PATTERN_SURNAME)) {
          // Marked in place (flags are a byte): gathered below.
          found[at + 3] = flags | DEPENDENT;
          dependentCount++;
        } else strongOptions.push({ start: found[at]!, end: found[at + 1]!, entity: found[at + 2]!, flags });
      }
      group = groupEnd;
    }
    // An option is a mention with its flags: the chosen ones are handed out as they are, not copied.
    const strong = strongOptions.length === 0 ? NO_MENTIONS : selectNonOverlapping(strongOptions);
    if (dependentCount === 0) {
      return { textLength, strong, dependent: NO_OPTIONS, strongOptions: NO_STRONG_OPTIONS, cachedKinds: null, cachedMentions: NO_MENTIONS };
    }
    const dependent = new Int32Array(dependentCount * OPTION_SIZE);
    for (let at = 0, to = 0; to < dependent.length; at += OPTION_SIZE) {
      if ((found[at + 3]! & DEPENDENT) === 0) continue;
      dependent[to] = found[at]!;
      dependent[to + 1] = found[at + 1]!;
      dependent[to + 2] = found[at + 2]!;
      dependent[to + 3] = found[at + 3]! & ~DEPENDENT;
      to += OPTION_SIZE;
    }
    return { textLength, strong, dependent, strongOptions, cachedKinds: null, cachedMentions: NO_MENTIONS };
  }

  function hasNamedPartner(entity: number, named: ReadonlySet<number>): boolean {
    for (let p = partnerStart[entity]!; p < partnerStart[entity + 1]!; p++) if (named.has(partners[p]!)) return true;
    return false;
  }

  function resolvePage(scans: readonly BlockScan[], kinds: ReadonlySet<EntityKind>): (b: number) => readonly Mention[] {
    const blocks = scans as readonly Scan[];
    const kindsKey = [...kinds].sort().join();
    const org = kinds.has('org');
    const person = kinds.has('person');
    const country = kinds.has('country');
    const allEnabled = org && person && country;
    const enabled = (entity: number): boolean => {
      const code = kindCodes.charCodeAt(entity);
      return code === 112 ? person : code === 99 ? country : org;
    };
    const isEnabled = (mention: Mention): boolean => enabled(mention.entity);

    // 1. What the page names outright, and where each entity is first named.
    const named = new Set<number>();
    const firstBlock = new Map<number, number>();
    const firstStart = new Map<number, number>();
    for (let b = 0; b < blocks.length; b++) {
      const strong = blocks[b]!.strong;
      for (let m = 0; m < strong.length; m++) {
        const mention = strong[m]!;
        if (named.has(mention.entity)) continue;
        named.add(mention.entity);
        firstBlock.set(mention.entity, b);
        firstStart.set(mention.entity, mention.start);
      }
    }

    // 2–3. Corroborated dependent options join the strong ones; leftmost-longest decides.
    return (b) => {
      const block = blocks[b]!;
      const dependsOnPage = block.dependent.length > 0;
      if (block.cachedKinds === kindsKey && !dependsOnPage) return block.cachedMentions;
      let mentions: readonly Mention[];
      if (!dependsOnPage) {
        mentions = allEnabled || block.strong.every(isEnabled) ? block.strong : block.strong.filter(isEnabled);
      } else {
        const admitted: Option[] = [];
        const { dependent } = block;
        for (let at = 0; at < dependent.length; at += OPTION_SIZE) {
          const start = dependent[at]!;
          const entity = dependent[at + 2]!;
          const flags = dependent[at + 3]!;
          if (flags & PATTERN_SURNAME) {
            const fullBlock = firstBlock.get(entity);
            if (fullBlock === undefined || !(fullBlock < b || (fullBlock === b && firstStart.get(entity)! < start))) continue;
          } else if (flags & PATTERN_WEAK && !named.has(entity) && !hasNamedPartner(entity, named)) continue;
          admitted.push({ start, end: dependent[at + 1]!, entity, flags });
        }
        // Of several entities on one span, keep the one the page otherwise names; else none.
        const settled = admitted.filter((o) => {
          const rivals = admitted.filter((r) => r.start === o.start && r.end === o.end && r.entity !== o.entity);
          return rivals.length === 0 || (named.has(o.entity) && rivals.every((r) => !named.has(r.entity)));
        });
        const all = block.strongOptions.concat(settled).sort(byStartThenLongest);
        mentions = selectNonOverlapping(all).filter(isEnabled);
      }
      if (mentions.length === 0) mentions = NO_MENTIONS;
      block.cachedKinds = kindsKey;
      block.cachedMentions = mentions;
      return mentions;
    };
  }

  function resolve(scans: readonly BlockScan[], kinds: ReadonlySet<EntityKind>): Mention[][] {
    const mentionsOf = resolvePage(scans, kinds);
    return scans.map((_, b) => mentionsOf(b) as Mention[]);
  }

  const entityCache: IndexedEntity[] = [];
  return {
    entityCount: index.ids.length,
    entity(i: number): IndexedEntity {
      let cached = entityCache[i];
      if (!cached) {
        const id = index.ids[i];
        if (id === undefined) throw new RangeError(`no entity ${i} in the alias index`);
        cached = { id, kind: KIND_BY_CODE[kindCodes[i]!] ?? 'org' };
        entityCache[i] = cached;
      }
      return cached;
    },
    scan,
    resolve,
    resolvePage,
  };
}

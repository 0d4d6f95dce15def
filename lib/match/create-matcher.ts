import type { EntityKind } from '../dataset-schema';
import {
  COMPACT_INDEX_VERSION,
  PATTERN_CASE_SENSITIVE,
  PATTERN_CAPITALS_SHIFT,
  PATTERN_HAS_UPPER,
  PATTERN_SURNAME,
  PATTERN_WEAK,
  nextKey,
  type CompactIndex,
} from './alias-index';
import type { BlockScan, IndexedEntity, Matcher, Mention } from './matcher-types';
import {
  asciiInitial,
  BLOCK_SEPARATOR,
  BLOCK_SEPARATOR_CODE,
  countCapitalisedWords,
  IGNORABLE_CHARS,
  isAllCapitals,
  isAsciiWordCode,
  isIgnorableCode,
  isWordCodePointAt,
  readToken,
  secondHash,
  token,
} from './read-token';
import { base64ToBytes, base64ToInt32 } from './typed-array-base64';

/**
 * The matcher: scans blocks of text against the alias index and applies the rules a careful
 * reader would, in two steps so a page is scanned block by block and re-resolved cheaply:
 *
 *   scan(blocks)   tokens ─▶ token-trie walk (every alias occurrence, linear in the text, bounded by
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
const NO_ENTITIES = new Int32Array(0);

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

/** The scan of every block without a name in it (most of a page), shared: nothing about it is cached. */
const NOTHING_FOUND: Scan = {
  textLength: 0,
  strong: NO_MENTIONS,
  dependent: NO_OPTIONS,
  strongOptions: NO_STRONG_OPTIONS,
  cachedKinds: null,
  cachedMentions: NO_MENTIONS,
};

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
  while (i >= 0 && i < text.length && !isWord(i)) {
    if (text.charCodeAt(i) === BLOCK_SEPARATOR_CODE) return null;
    i += step;
  }
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

/** Leftmost-longest, non-overlapping; `options` sorted by start, longer first. Returns `options` itself when none overlap. */
function selectNonOverlapping<T extends { start: number; end: number }>(options: readonly T[]): readonly T[] {
  let reach = -1;
  let i = 0;
  for (; i < options.length && options[i]!.start >= reach; i++) reach = options[i]!.end;
  if (i === options.length) return options;
  const chosen = options.slice(0, i);
  for (; i < options.length; i++) {
    const option = options[i]!;
    if (option.start < reach) continue;
    chosen.push(option);
    reach = option.end;
  }
  return chosen;
}

function grown<T extends Uint8Array | Int32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

/**
 * What the block-local rules found about one span of text, each worked out once whatever number of
 * patterns end there (a common surname is one span, not dozens): the rules the state's patterns
 * need (NEED_*, known per trie state), and their outcomes (facts).
 */
const NEED_UPPER = 1;
const NEED_RUN = 2;
const NEED_CAPITALS = 4;
const NEED_LONGER = 8;
const NEEDS_KNOWN = 128;
const UPPER = 1;
const LONGER = 2;
const RUN = 4;
const CAPITALS_SHIFT = 3;

/** The rules a pattern with `flags` is checked against. */
function needsOf(flags: number): number {
  let needs = 0;
  if (flags & PATTERN_CASE_SENSITIVE) needs |= flags & PATTERN_WEAK ? NEED_UPPER | NEED_RUN : NEED_UPPER;
  else if (flags & PATTERN_HAS_UPPER) needs |= NEED_CAPITALS;
  if (flags & (PATTERN_WEAK | PATTERN_SURNAME)) needs |= NEED_LONGER;
  return needs;
}

/** The outcomes of the rules in `needs` for `text[start, end)`. */
function learnFacts(text: string, start: number, end: number, needs: number): number {
  let facts = 0;
  if (needs & NEED_UPPER && isUpperCaseText(text, start, end)) facts |= UPPER;
  if (needs & NEED_RUN && inCapitalisedRun(text, start, end)) facts |= RUN;
  if (needs & NEED_CAPITALS) facts |= Math.min(15, countCapitalisedWords(text, start, end)) << CAPITALS_SHIFT;
  if (needs & NEED_LONGER && startsLongerName(text, end)) facts |= LONGER;
  return facts;
}

/** Whether a pattern with `flags` passes the block-local rules, given the span's `facts` (learnt for it). */
function fitsFacts(flags: number, facts: number): boolean {
  if (flags & PATTERN_CASE_SENSITIVE) {
    if ((facts & UPPER) === 0) return false;
    if (flags & PATTERN_WEAK && facts & RUN) return false;
  } else if (flags & PATTERN_HAS_UPPER && facts >> CAPITALS_SHIFT < flags >> PATTERN_CAPITALS_SHIFT) return false;
  return (flags & (PATTERN_WEAK | PATTERN_SURNAME)) === 0 || (facts & LONGER) === 0;
}

/**
 * Fields of a span in a flat list: start, end, then entity and pattern flags for a span that names
 * one entity outright, or trie state and facts (with DEPENDENT set) for one the page must settle.
 */
const OPTION_SIZE = 4;
/** Above the facts (seven bits): marks a span whose fate depends on the page. */
const DEPENDENT = 1 << 12;

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

/**
 * The candidates' expression runs without the `u` flag (its Unicode classes cost three times as
 * much), so it only rules out what it can tell in ASCII: script re-checks the rest precisely.
 */
const ASCII_WORD = 'A-Za-z0-9';
/** Separators and punctuation outside ASCII that are common in news text (never a word). */
const WIDE_NON_WORD = '\\u00A0\\u00AB\\u00BB\\u2000-\\u200A\\u2010-\\u205E\\u3000-\\u3003';
/** Lower-case first words beyond this are not spelt out: every lower-case word becomes a candidate. */
const MAX_SPELT_STARTS = 2_000;

const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * Whether the token that would start at `at` is the inside of a word: the character before it is a
 * letter, digit or mark outside ASCII, or one across ignorables ("Foun\u200BDation"). The
 * expression already ruled out an ASCII letter or digit just before.
 */
function continuesWord(text: string, at: number): boolean {
  let i = at - 1;
  if (i < 0) return false;
  let code = text.charCodeAt(i);
  // Punctuation is a token of its own wherever it stands.
  if (code < 128 || !isWordCodePointAt(text, at)) return false;
  while (isIgnorableCode(code)) {
    if (--i < 0) return false;
    code = text.charCodeAt(i);
  }
  return isWordCodePointAt(text, isLowSurrogate(code) && i > 0 ? i - 1 : i);
}

/** Distinct words remembered per matcher: a few thousand on a news page; the cap bounds a huge one. */
const MAX_CACHED_WORDS = 1 << 14;

/**
 * Whether the ASCII word ending at `end` goes on (a letter outside ASCII or an ignorable follows:
 * "Skol\u00ADkovo", "Pérez"), so that it is read as a token, not looked up as it stands.
 */
function continuesToken(text: string, end: number): boolean {
  if (end >= text.length) return false;
  const code = text.charCodeAt(end);
  if (code < 128 || code === 0xa0 || (code >= 0x2010 && code <= 0x205e)) return false;
  return isIgnorableCode(code) || isWordCodePointAt(text, end);
}

/** ASCII characters as an escape a character class takes whatever they are. */
const classEscape = (char: string): string => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`;

/**
 * What must follow a lower-case first word for a walk from it to be worth starting: after the
 * separators the token reader skips unread (ASCII spaces, dashes, apostrophes), one of `initials`
 * in either case, or anything outside ASCII (read to know). "*": anything.
 */
function followedBy(initials: string): string {
  if (initials === '*') return '';
  const chars = new Set<string>();
  for (const char of initials) {
    chars.add(char);
    chars.add(char.toUpperCase());
  }
  return `(?=[\\t-\\r '\`-]*(?:[${[...chars].map(classEscape).join('')}]|[^\\x00-\\x7F]))`;
}

/**
 * Lower-case ASCII first words as one expression that shares first letters, each later letter in
 * either case, each word only where what follows it (`next`, see `followedBy`) lets it start a name.
 */
function spellWords(words: readonly { word: string; next: string }[]): string {
  const byFirst = new Map<string, string[]>();
  const letter = (char: string) => (char >= 'a' && char <= 'z' ? `[${char}${char.toUpperCase()}]` : char);
  // A word ends before anything but an ASCII letter, a digit or an ignorable ("thé" may fold to "the").
  const end = `(?![${ASCII_WORD}${IGNORABLE_CHARS}])`;
  for (const { word, next } of words) {
    const rest = `${[...word.slice(1)].map(letter).join('')}${end}${followedBy(next)}`;
    const list = byFirst.get(word[0]!);
    if (list === undefined) byFirst.set(word[0]!, [rest]);
    else list.push(rest);
  }
  return [...byFirst].map(([first, rests]) => `${first}(?=(?:${rests.join('|')}))[${ASCII_WORD}]*`).join('|');
}

/**
 * Where a name may start, one character after a non-word character: a capital or a digit; anything
 * outside ASCII that is not a common separator (a letter of any script: "École" folds to "ecole");
 * a lower-case word some alias starts with ("the Foundation"), or any lower-case word with a
 * character outside ASCII ("thé", "t\u00ADhe" fold to "the"); any punctuation if some alias starts
 * with it. Script reads each candidate as a token and walks the trie from it.
 */
function candidateStarts(lowerStarts: readonly string[], punctStarts: boolean, lowerNext: readonly string[] = []): RegExp {
  const branches = [`[^\\x00-\\x7F${WIDE_NON_WORD}]`];
  const spelt = lowerStarts.flatMap((word, i) => (/^[a-z0-9]+$/.test(word) ? [{ word, next: lowerNext[i] ?? '*' }] : []));
  if (spelt.length > MAX_SPELT_STARTS) branches.push('[a-z]');
  else if (lowerStarts.length > 0) {
    if (spelt.length > 0) branches.push(spellWords(spelt));
    branches.push(`[a-z](?=[${ASCII_WORD}]*[^\\x00-\\x7F${WIDE_NON_WORD}])`);
  }
  // A capital or a digit takes the rest of its ASCII word with it: the word is looked up whole. The
  // look-behind comes first: placed after a branch, the spelt and look-ahead branches ran at every
  // lower-case letter inside every word before being refused (five times the cost on English text).
  const words = `(?<![${ASCII_WORD}])(?:[A-Z0-9][${ASCII_WORD}]*|${branches.join('|')})`;
  // Punctuation is a token wherever it stands, even right after a word.
  return new RegExp(punctStarts ? `${words}|[^\\s${ASCII_WORD}\\x00]` : words, 'g');
}

/**
 * Where `scan` walks the trie from, in order: for tests, which check it against every token of the
 * text (the loop in `scan` is the same, inlined).
 */
export function candidatePositions(text: string, lowerStarts: readonly string[], punctStarts: boolean, lowerNext?: readonly string[]): number[] {
  const candidates = candidateStarts(lowerStarts, punctStarts, lowerNext);
  const positions: number[] = [];
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    if (!continuesWord(text, match.index)) positions.push(match.index);
  }
  return positions;
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
  const startFilter = base64ToInt32(index.startFilter);
  const wordFilter = base64ToInt32(index.wordFilter);
  const nextFilter = base64ToInt32(index.nextFilter);
  const filterMask = index.filterMask;
  const kindCodes = index.kinds;
  // The index's own text (megabytes of base64 at 10,000 entities) is not kept: only what is decoded.
  const ids = index.ids;
  const entityCount = ids.length;
  /** Per trie state, the rules its patterns need (NEEDS_KNOWN once worked out). */
  const stateNeeds = new Uint8Array(outStart.length);

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

  const candidates = candidateStarts(index.lowerStarts, index.punctStarts, index.lowerNext);

  // Words seen at a candidate start, as the page wrote them, with the trie's transition from the
  // root on them (0: no alias starts so): news repeats its capitalised words, and a native map
  // look-up costs less than reading the word again while the page's first slices are interpreted.
  let roots = new Map<string, number>();

  /**
   * Scans several blocks as one text, joined by the separator: one flat string for the expression
   * and the loop below (a block arrives as the concatenation of its text nodes), one sort, and
   * nothing allocated for the blocks without a name. On the bench's 100 k pages the scan took a
   * fifth less time than block by block.
   */
  function scanBlocks(texts: readonly string[]): Scan[] {
    // `join` with two or more parts builds a flat string.
    const text = texts.concat('').join(BLOCK_SEPARATOR);
    foundCount = 0;
    findSpans(text);
    sortByStartThenLongest(found, foundCount);
    const scans: Scan[] = [];
    let at = 0;
    let offset = 0;
    for (const block of texts) {
      const end = offset + block.length;
      const from = at;
      while (at < foundCount && found[at * OPTION_SIZE]! < end) at++;
      scans.push(from === at ? NOTHING_FOUND : partition(block.length, from, at, offset));
      offset = end + 1;
    }
    return scans;
  }

  /** Every span of `text` where patterns end and the block-local rules let one count, into `found`. */
  function findSpans(text: string): void {
    // The native expression finds where a name may start (a few words in ten); only those are
    // read and walked through the trie in script.
    candidates.lastIndex = 0;
    for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
      const at = match.index;
      if (continuesWord(text, at)) continue;
      const word = match[0];
      const first = word.charCodeAt(0);
      const end = at + word.length;
      // Not a whole ASCII word (another script, punctuation, a lower-case word with a letter outside
      // ASCII further on): read as a token.
      if (!isAsciiWordCode(first) || isAsciiWordCode(text.charCodeAt(end)) || continuesToken(text, end)) {
        walk(text, at);
        continue;
      }
      let root = roots.get(word);
      if (root === undefined) {
        if (roots.size >= MAX_CACHED_WORDS) roots = new Map();
        root = rootOf(text, at);
        roots.set(word, root);
      }
      if (root > 0) walkFrom(text, at, end, root);
    }
  }

  /** The trie's transition from the root on the token at `at`, or 0. */
  function rootOf(text: string, at: number): number {
    if (readToken(text, at) < 0 || token.start !== at || !inFilter(startFilter, token.hash1)) return 0;
    return Math.max(0, step(0, token.hash1, secondHash(text)));
  }

  /** Every alias that starts with the token at `at`: one path down the trie, as far as the text follows it. */
  function walk(text: string, at: number): void {
    const root = rootOf(text, at);
    if (root > 0) walkFrom(text, at, token.end, root);
  }

  /** Follows the trie from `state`, reached by the text from `at` to `end`, collecting every alias ending on the way. */
  function walkFrom(text: string, at: number, end: number, state: number): void {
    let next = end;
    for (;;) {
      if (outStart[state + 1]! > outStart[state]!) collect(text, state, at, end);
      // Most words after a name's first word continue no alias: their first letter says so, unread.
      const initial = asciiInitial(text, next);
      if (initial === -2 || (initial >= 0 && !inFilter(nextFilter, nextKey(state, initial)))) return;
      next = readToken(text, next);
      if (next < 0 || !inFilter(wordFilter, token.hash1)) return;
      state = step(state, token.hash1, secondHash(text));
      if (state <= 0) return;
      end = token.end;
    }
  }

  /**
   * Adds the span `text[start, end)` where patterns end at `state`, if any fits the block-local
   * rules: as a mention of its entity when exactly one entity fits and nothing about it depends on
   * the page, else as a span the page settles (a shared alias, a weak alias, a surname).
   */
  function collect(text: string, state: number, start: number, end: number): void {
    let needs = stateNeeds[state]!;
    if (needs === 0) {
      needs = NEEDS_KNOWN;
      for (let o = outStart[state]!; o < outStart[state + 1]!; o++) needs |= needsOf(patternFlags[outPatterns[o]!]!);
      stateNeeds[state] = needs;
    }
    const facts = learnFacts(text, start, end, needs);
    let entity = -1;
    let flagsOf = 0;
    let dependent = false;
    for (let o = outStart[state]!; o < outStart[state + 1]!; o++) {
      const pattern = outPatterns[o]!;
      const flags = patternFlags[pattern]!;
      if (!fitsFacts(flags, facts)) continue;
      if (flags & (PATTERN_WEAK | PATTERN_SURNAME) || (entity !== -1 && entity !== patternEntity[pattern])) {
        // The page decides; the span's facts let it check every pattern again there.
        dependent = true;
        break;
      }
      entity = patternEntity[pattern]!;
      flagsOf = flags;
    }
    if (!dependent && entity === -1) return;
    if ((foundCount + 1) * OPTION_SIZE > found.length) found = grown(found, new Int32Array(found.length * 2));
    const at = foundCount++ * OPTION_SIZE;
    found[at] = start;
    found[at + 1] = end;
    found[at + 2] = dependent ? state : entity;
    found[at + 3] = dependent ? facts | DEPENDENT : flagsOf;
  }

  /**
   * Splits a block's spans (sorted `found` entries `from` to `to`, offsets in the joined text, the
   * block starting at `offset`) into what it settles alone and what needs the page.
   */
  function partition(textLength: number, from: number, to: number, offset: number): Scan {
    const strongOptions: Option[] = [];
    let dependentCount = 0;
    const end = to * OPTION_SIZE;
    for (let at = from * OPTION_SIZE; at < end; at += OPTION_SIZE) {
      const flags = found[at + 3]!;
      if (flags & DEPENDENT) dependentCount++;
      // An option is a mention with its flags: the chosen ones are handed out as they are, not copied.
      else strongOptions.push({ start: found[at]! - offset, end: found[at + 1]! - offset, entity: found[at + 2]!, flags });
    }
    const strong = strongOptions.length === 0 ? NO_MENTIONS : selectNonOverlapping(strongOptions);
    if (dependentCount === 0) {
      return { textLength, strong, dependent: NO_OPTIONS, strongOptions: NO_STRONG_OPTIONS, cachedKinds: null, cachedMentions: NO_MENTIONS };
    }
    const dependent = new Int32Array(dependentCount * OPTION_SIZE);
    for (let at = from * OPTION_SIZE, next = 0; next < dependent.length; at += OPTION_SIZE) {
      if ((found[at + 3]! & DEPENDENT) === 0) continue;
      dependent[next] = found[at]! - offset;
      dependent[next + 1] = found[at + 1]! - offset;
      dependent[next + 2] = found[at + 2]!;
      dependent[next + 3] = found[at + 3]! & ~DEPENDENT;
      next += OPTION_SIZE;
    }
    return { textLength, strong, dependent, strongOptions, cachedKinds: null, cachedMentions: NO_MENTIONS };
  }

  /** Whether a party `entity` shares an agreement with is named on the page (`firstBlock` ≥ 0). */
  function hasNamedPartner(entity: number, firstBlock: Int32Array): boolean {
    for (let p = partnerStart[entity]!; p < partnerStart[entity + 1]!; p++) if (firstBlock[partners[p]!]! >= 0) return true;
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

    // 1. What the page names outright: where each entity is first named (block, then offset), or -1.
    let firstBlock = NO_ENTITIES;
    let firstStart = NO_ENTITIES;
    for (let b = 0; b < blocks.length; b++) {
      const strong = blocks[b]!.strong;
      for (let m = 0; m < strong.length; m++) {
        const mention = strong[m]!;
        if (firstBlock === NO_ENTITIES) {
          firstBlock = new Int32Array(entityCount).fill(-1);
          firstStart = new Int32Array(entityCount);
        }
        if (firstBlock[mention.entity]! >= 0) continue;
        firstBlock[mention.entity] = b;
        firstStart[mention.entity] = mention.start;
      }
    }
    if (firstBlock === NO_ENTITIES) firstBlock = new Int32Array(entityCount).fill(-1);

    // 2–3. Corroborated dependent spans join the strong ones; leftmost-longest decides.
    return (b) => {
      const block = blocks[b]!;
      const dependsOnPage = block.dependent.length > 0;
      if (block === NOTHING_FOUND) return NO_MENTIONS;
      if (block.cachedKinds === kindsKey && !dependsOnPage) return block.cachedMentions;
      let mentions: readonly Mention[];
      if (!dependsOnPage) {
        mentions = allEnabled || block.strong.every(isEnabled) ? block.strong : block.strong.filter(isEnabled);
      } else {
        const admitted: Option[] = [];
        const { dependent } = block;
        for (let at = 0; at < dependent.length; at += OPTION_SIZE) {
          const start = dependent[at]!;
          const end = dependent[at + 1]!;
          const state = dependent[at + 2]!;
          const facts = dependent[at + 3]!;
          // Of several entities on one span, the one the page otherwise names; else none. (An entity's
          // patterns are adjacent in the trie's output list.)
          let distinct = 0;
          let last = -1;
          let lastFlags = 0;
          let namedCount = 0;
          let namedEntity = -1;
          let namedFlags = 0;
          for (let o = outStart[state]!; o < outStart[state + 1]!; o++) {
            const pattern = outPatterns[o]!;
            const flags = patternFlags[pattern]!;
            const entity = patternEntity[pattern]!;
            if (entity === last || !fitsFacts(flags, facts)) continue;
            const full = firstBlock[entity]!;
            if (flags & PATTERN_SURNAME) {
              if (full < 0 || !(full < b || (full === b && firstStart[entity]! < start))) continue;
            } else if (flags & PATTERN_WEAK && full < 0 && !hasNamedPartner(entity, firstBlock)) continue;
            distinct++;
            last = entity;
            lastFlags = flags;
            if (full >= 0) {
              namedCount++;
              namedEntity = entity;
              namedFlags = flags;
            }
          }
          if (distinct === 1) admitted.push({ start, end, entity: last, flags: lastFlags });
          else if (namedCount === 1) admitted.push({ start, end, entity: namedEntity, flags: namedFlags });
        }
        const chosen = admitted.length === 0 ? block.strong : selectNonOverlapping(block.strongOptions.concat(admitted).sort(byStartThenLongest));
        mentions = allEnabled ? chosen : chosen.filter(isEnabled);
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

  const entityCache: (IndexedEntity | null)[] = new Array<IndexedEntity | null>(entityCount).fill(null);
  return {
    entityCount,
    entity(i: number): IndexedEntity {
      let cached = entityCache[i];
      if (!cached) {
        const id = ids[i];
        if (id === undefined) throw new RangeError(`no entity ${i} in the alias index`);
        cached = { id, kind: KIND_BY_CODE[kindCodes[i]!] ?? 'org' };
        entityCache[i] = cached;
      }
      return cached;
    },
    scan: (text) => scanBlocks([text])[0]!,
    scanBlocks,
    resolve,
    resolvePage,
  };
}

import type { Agreement, Entity, EntityKind } from '../dataset-schema';
import { int32ToBase64, bytesToBase64 } from './typed-array-base64';
import { BLOCK_SEPARATOR, countCapitalisedWords, foldedInitial, foldedToken, TOKEN_ALL_UPPER, TOKEN_HAS_UPPER, TOKEN_PUNCT } from './read-token';
import { tokenize } from './tokenize';

/**
 * The alias index: every alias of every entity compiled into one token trie (a FlashText-style
 * keyword automaton over word tokens). It is built off the page — at build time for the seeds, in
 * the background for the reader's data — and handed to content scripts in this compact,
 * JSON-safe form, whose typed arrays are used as they are decoded, with no per-page rebuild.
 */

/** The alias is weak: it only counts where the page corroborates it. */
export const PATTERN_WEAK = 1;
/** All-caps acronym: matches only all-caps text. */
export const PATTERN_CASE_SENSITIVE = 2;
/** The alias has capitals, so an all-lower-case match ("french tech") is not a name. */
export const PATTERN_HAS_UPPER = 4;
/** A person's surname: counts only after their full name appeared earlier on the page. */
export const PATTERN_SURNAME = 8;
/** The upper four bits: how many words of the alias are capitalised (at most 15). */
export const PATTERN_CAPITALS_SHIFT = 4;

export const COMPACT_INDEX_VERSION = 5;

export interface CompactIndex {
  v: typeof COMPACT_INDEX_VERSION;
  /** Entity ids, in entity-index order. */
  ids: string[];
  /** One character per entity: o(rg), p(erson), c(ountry). */
  kinds: string;
  /** CSR adjacency of entities that share an agreement. */
  partnerStart: string;
  partners: string;
  /** Open-addressed transition table, three int32 per slot: key1, key2, child state (0 = empty). */
  tableMask: number;
  table: string;
  /** CSR list of the patterns ending at each state. */
  outStart: string;
  outPatterns: string;
  patternEntity: string;
  patternFlags: string;
  /**
   * Bit filters over the first hash of tokens: words that start an alias, and words that occur in
   * one. Most words of a page are in neither, and a lookup in a few kilobytes that stay in cache
   * spares a probe of the large transition table.
   */
  filterMask: number;
  startFilter: string;
  wordFilter: string;
  /**
   * Pairs of a state and the folded first character (ASCII) of a token that leaves it: after "the",
   * only a word some alias continues with is worth reading ("the Foundation", not "the talks").
   */
  nextFilter: string;
  /**
   * Where a name can start on the page. A match starts at a word that begins with a capital letter
   * or a digit, or in a script without case, unless the alias itself begins in lower case ("the
   * Foundation", "de Gaulle", "iPhone"): the folded first words of those aliases are listed here,
   * sorted. `punctStarts`: some alias begins with punctuation.
   */
  lowerStarts: string[];
  /**
   * For each of `lowerStarts`, what may follow it in those aliases: the folded first characters
   * (ASCII) of their second words, or "*" when one is the word alone or goes on outside ASCII. On a
   * page, "the" before any other word ("the talks") starts no name and is not even read.
   */
  lowerNext: string[];
  punctStarts: boolean;
  aliasCount: number;
}

const KIND_CODES: Record<EntityKind, string> = { org: 'o', person: 'p', country: 'c' };

/** Acronyms this short collide with ordinary words and other bodies ("AID", "HSE"). */
const SHORT_ACRONYM = /^[\p{Lu}\p{N}.&]{1,3}$/u;

/** The two keys of the transition from `state` on a token; the matcher inlines the same arithmetic. */
export function transitionKey1(state: number, hash1: number): number {
  return hash1 ^ Math.imul(state, 0x9e3779b1);
}

export function transitionKey2(state: number, hash2: number): number {
  return hash2 ^ Math.imul(state + 1, 0x85ebca6b);
}

export function slotOf(key1: number, key2: number, mask: number): number {
  return (Math.imul(key1 ^ (key2 >>> 7), 0x27d4eb2d) >>> 0) & mask;
}

/** The key of a state and the folded first character of a token leaving it, for `nextFilter`. */
export function nextKey(state: number, initial: number): number {
  return Math.imul(state, 0x9e3779b1) ^ initial;
}

/** Bit position of a token hash in the filters. */
export function filterBit(hash1: number, mask: number): number {
  return (Math.imul(hash1, 0x2c1b3c6d) >>> 7) & mask;
}

interface PatternSpec {
  entity: number;
  text: string;
  flags: number;
}

function isShortAcronym(text: string): boolean {
  const letters = text.replace(/[.\s&]/g, '');
  return SHORT_ACRONYM.test(text.replace(/\s/g, '')) && /\p{Lu}/u.test(letters) && letters.length <= 3;
}

function patternFlags(text: string, weak: boolean): number {
  const tokens = tokenize(text);
  let allUpper = true;
  let hasUpper = false;
  let words = 0;
  for (let i = 0; i < tokens.count; i++) {
    const flags = tokens.flags[i]!;
    if (flags & TOKEN_PUNCT) continue;
    words++;
    if (flags & TOKEN_HAS_UPPER) hasUpper = true;
    if (!(flags & TOKEN_ALL_UPPER)) allUpper = false;
  }
  let result = 0;
  if (weak || isShortAcronym(text)) result |= PATTERN_WEAK;
  if (words > 0 && allUpper && hasUpper) result |= PATTERN_CASE_SENSITIVE;
  if (hasUpper) result |= PATTERN_HAS_UPPER;
  return result | (Math.min(15, countCapitalisedWords(text)) << PATTERN_CAPITALS_SHIFT);
}

function surnameOf(name: string): string | undefined {
  const words = name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const last = words.at(-1);
  return words.length >= 2 && last && last.length >= 2 ? last : undefined;
}

/** Patterns of one entity: its name, its aliases and, for a person, the surname readers use. */
function patternsOf(entity: Entity, index: number): PatternSpec[] {
  const specs: PatternSpec[] = [{ entity: index, text: entity.name, flags: patternFlags(entity.name, false) }];
  let hasSingleWordAlias = false;
  for (const alias of entity.aliases) {
    let flags = patternFlags(alias.text, alias.strength === 'weak');
    // A one-word alias of a person is how readers shorten the name ("Chan" for Chan Heng Kee):
    // it follows the surname rule rather than standing alone.
    if (entity.kind === 'person' && !/\s/.test(alias.text.trim())) {
      flags |= PATTERN_SURNAME;
      hasSingleWordAlias = true;
    }
    specs.push({ entity: index, text: alias.text, flags });
  }
  if (entity.kind === 'person' && !hasSingleWordAlias) {
    // Every spelling of the full name gives its surname: "Fedoulov" after "Vladislav Fedoulov".
    const fullNames = [entity.name, ...entity.aliases.filter((alias) => alias.strength === 'strong').map((alias) => alias.text)];
    for (const surname of new Set(fullNames.map(surnameOf))) {
      if (surname) specs.push({ entity: index, text: surname, flags: patternFlags(surname, false) | PATTERN_SURNAME });
    }
  }
  return specs;
}

function nextPowerOfTwo(n: number): number {
  let size = 16;
  while (size < n) size *= 2;
  return size;
}

export function buildAliasIndex(entities: readonly Entity[], agreements: readonly Agreement[]): CompactIndex {
  const entityIndex = new Map(entities.map((entity, i) => [entity.id, i]));

  const partnerSets = entities.map(() => new Set<number>());
  for (const agreement of agreements) {
    const members = new Set<number>();
    for (const id of [...agreement.parties, ...agreement.signatories.flatMap((s) => [s.personId, s.onBehalfOf])]) {
      const index = entityIndex.get(id);
      if (index !== undefined) members.add(index);
    }
    // Naming a country is weak evidence for a body: France is party to too much to vouch for
    // "the Foundation". It still vouches for another country ("US" beside Singapore).
    for (const a of members) {
      for (const b of members) {
        if (a !== b && (entities[b]!.kind !== 'country' || entities[a]!.kind === 'country')) partnerSets[a]!.add(b);
      }
    }
  }

  // Trie over token hashes; transitions kept in a Map while building, then packed.
  const transitions = new Map<string, number>();
  const edges: { key1: number; key2: number; child: number }[] = [];
  const outputs: number[][] = [[]];
  const patternEntity: number[] = [];
  const patternFlagList: number[] = [];
  const seen = new Set<string>();
  const startHashes = new Set<number>();
  const wordHashes = new Set<number>();
  /** Folded lower-case first words, with what may follow them (see `CompactIndex.lowerNext`). */
  const lowerStarts = new Map<string, string>();
  const nextKeys = new Set<number>();
  let punctStarts = false;

  entities.forEach((entity, entityIdx) => {
    for (const spec of patternsOf(entity, entityIdx)) {
      // Blocks scanned together are joined by the separator: an alias spanning it would span blocks.
      if (spec.text.includes(BLOCK_SEPARATOR)) continue;
      const tokens = tokenize(spec.text);
      if (tokens.count === 0) continue;
      let state = 0;
      let path = '';
      startHashes.add(tokens.hash1[0]!);
      if (tokens.flags[0]! & TOKEN_PUNCT) punctStarts = true;
      else {
        const first = spec.text.codePointAt(tokens.start[0]!)!;
        const char = String.fromCodePoint(first);
        if (char !== char.toUpperCase()) {
          const word = foldedToken(spec.text, tokens.start[0]!, tokens.end[0]!);
          const initial = tokens.count > 1 ? foldedInitial(spec.text, tokens.start[1]!, tokens.end[1]!, tokens.flags[1]!) : -1;
          const follows = initial < 0 ? '*' : String.fromCharCode(initial);
          const next = lowerStarts.get(word);
          if (next === undefined || (next !== '*' && !next.includes(follows))) lowerStarts.set(word, follows === '*' ? '*' : (next ?? '') + follows);
        }
      }
      for (let i = 0; i < tokens.count; i++) {
        wordHashes.add(tokens.hash1[i]!);
        if (i > 0) {
          const initial = foldedInitial(spec.text, tokens.start[i]!, tokens.end[i]!, tokens.flags[i]!);
          if (initial >= 0) nextKeys.add(nextKey(state, initial));
        }
        const key1 = transitionKey1(state, tokens.hash1[i]!);
        const key2 = transitionKey2(state, tokens.hash2[i]!);
        const mapKey = `${key1}:${key2}`;
        let child = transitions.get(mapKey);
        if (child === undefined) {
          child = outputs.length;
          outputs.push([]);
          transitions.set(mapKey, child);
          edges.push({ key1, key2, child });
        }
        state = child;
        path = mapKey;
      }
      // The same alias twice for one entity is kept once per set of rules ("MINDEF" is
      // case-sensitive, "Mindef" is not: both stay).
      const dedupe = `${path}/${entityIdx}/${spec.flags}`;
      if (seen.has(dedupe)) continue;
      seen.add(dedupe);
      outputs[state]!.push(patternEntity.length);
      patternEntity.push(entityIdx);
      patternFlagList.push(spec.flags);
    }
  });

  const slots = nextPowerOfTwo(Math.ceil(edges.length / 0.6) + 1);
  const mask = slots - 1;
  const table = new Int32Array(slots * 3);
  for (const { key1, key2, child } of edges) {
    let slot = slotOf(key1, key2, mask);
    while (table[slot * 3 + 2] !== 0) slot = (slot + 1) & mask;
    table[slot * 3] = key1;
    table[slot * 3 + 1] = key2;
    table[slot * 3 + 2] = child;
  }

  const outStart = new Int32Array(outputs.length + 1);
  const outPatterns = new Int32Array(patternEntity.length);
  let cursor = 0;
  outputs.forEach((list, state) => {
    outStart[state] = cursor;
    for (const pattern of list) outPatterns[cursor++] = pattern;
  });
  outStart[outputs.length] = cursor;

  // About 16 bits per distinct word keeps false positives near 6 %.
  const filterBits = Math.min(1 << 22, nextPowerOfTwo(wordHashes.size * 16));
  const filterMask = filterBits - 1;
  const startFilter = new Int32Array(filterBits >> 5);
  const wordFilter = new Int32Array(filterBits >> 5);
  const nextFilter = new Int32Array(filterBits >> 5);
  const setBit = (filter: Int32Array, hash: number) => {
    const bit = filterBit(hash, filterMask);
    filter[bit >> 5] = (filter[bit >> 5] ?? 0) | (1 << (bit & 31));
  };
  for (const hash of startHashes) setBit(startFilter, hash);
  for (const hash of wordHashes) setBit(wordFilter, hash);
  for (const key of nextKeys) setBit(nextFilter, key);

  const partnerStart = new Int32Array(entities.length + 1);
  const partnerList: number[] = [];
  partnerSets.forEach((set, i) => {
    partnerStart[i] = partnerList.length;
    partnerList.push(...[...set].sort((a, b) => a - b));
  });
  partnerStart[entities.length] = partnerList.length;

  const lowerWords = [...lowerStarts.keys()].sort();
  return {
    v: COMPACT_INDEX_VERSION,
    ids: entities.map((entity) => entity.id),
    kinds: entities.map((entity) => KIND_CODES[entity.kind]).join(''),
    partnerStart: int32ToBase64(partnerStart),
    partners: int32ToBase64(Int32Array.from(partnerList)),
    tableMask: mask,
    table: int32ToBase64(table),
    outStart: int32ToBase64(outStart),
    outPatterns: int32ToBase64(outPatterns),
    patternEntity: int32ToBase64(Int32Array.from(patternEntity)),
    patternFlags: bytesToBase64(Uint8Array.from(patternFlagList)),
    filterMask,
    startFilter: int32ToBase64(startFilter),
    wordFilter: int32ToBase64(wordFilter),
    nextFilter: int32ToBase64(nextFilter),
    lowerStarts: lowerWords,
    lowerNext: lowerWords.map((word) => [...lowerStarts.get(word)!].sort().join('')),
    punctStarts,
    aliasCount: patternEntity.length,
  };
}

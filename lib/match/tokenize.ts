/**
 * Splits text into the tokens the alias matcher compares, in one pass and without building a
 * normalised copy of the text: each token keeps its offsets in the original string and carries two
 * independent 32-bit hashes of its folded form (NFKD, diacritics removed, lower case), so the
 * matcher never allocates a string for an ASCII word.
 *
 * - Letters, digits and combining marks make words. Soft hyphens and zero-width characters inside a
 *   word are ignored ("Sko\u00ADlkovo" is "skolkovo").
 * - White space of every kind, dashes and apostrophes separate words and are otherwise ignored, so
 *   "Saint-Petersburg" = "Saint Petersburg" and "CNRS’s" is "cnrs" followed by "s".
 * - Every other character (& @ , . « » …) is a token of its own, so an alias never matches across
 *   punctuation it does not contain.
 */

export const TOKEN_PUNCT = 1;
/** The token has an upper-case letter. */
export const TOKEN_HAS_UPPER = 2;
/** The token starts with an upper-case letter. */
export const TOKEN_STARTS_UPPER = 4;
/** Every letter of the token is upper case (and it has at least one letter). */
export const TOKEN_ALL_UPPER = 8;
/** Only white space separates this token from the one before it. */
export const TOKEN_AFTER_SPACE = 16;

export interface TokenList {
  count: number;
  start: Int32Array;
  end: Int32Array;
  hash1: Int32Array;
  hash2: Int32Array;
  flags: Uint8Array;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const H2_SEED = 0x2f6b3a1d;
const H2_PRIME = 0x5bd1e995;

export function hashStep1(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function hashStep2(hash: number, code: number): number {
  const mixed = Math.imul(hash + code, H2_PRIME);
  return mixed ^ (mixed >>> 13);
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const IGNORABLE = /[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/;
const SPACE = /\s/;
const DASH_OR_APOSTROPHE = /[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D'\u2018\u2019\u02BC`\u00B4\u2032\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB\u2033\uFF02]/;

const enum CharClass {
  Word,
  Ignorable,
  Space,
  Joiner,
  Punct,
}

/** The whole code point at `index`, so astral letters are not split into lone surrogates. */
function charAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? text.slice(index, index + 2) : text[index]!;
}

function classify(code: number, char: string): CharClass {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57)) return CharClass.Word;
    if (code === 32 || (code >= 9 && code <= 13)) return CharClass.Space;
    if (code === 45 || code === 39 || code === 96) return CharClass.Joiner;
    return CharClass.Punct;
  }
  if (IGNORABLE.test(char)) return CharClass.Ignorable;
  if (WORD_CHAR.test(char)) return CharClass.Word;
  if (SPACE.test(char)) return CharClass.Space;
  if (DASH_OR_APOSTROPHE.test(char)) return CharClass.Joiner;
  return CharClass.Punct;
}

/** The folded form of a non-ASCII word, as the ASCII fast path would fold it. */
export function foldWord(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss');
}

function foldPunct(char: string): string {
  const folded = char.normalize('NFKC');
  return DOUBLE_QUOTES.test(folded) ? '"' : folded;
}

function caseFlags(word: string): number {
  let hasLetter = false;
  let hasUpper = false;
  let hasLower = false;
  let startsUpper = false;
  let first = true;
  for (const char of word) {
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (lower !== upper) {
      hasLetter = true;
      if (char === upper && char !== lower) {
        hasUpper = true;
        if (first) startsUpper = true;
      } else hasLower = true;
    }
    first = false;
  }
  return (
    (hasUpper ? TOKEN_HAS_UPPER : 0) |
    (startsUpper ? TOKEN_STARTS_UPPER : 0) |
    (hasLetter && !hasLower ? TOKEN_ALL_UPPER : 0)
  );
}

function grow<T extends Int32Array | Uint8Array>(array: T, size: number): T {
  const next = new (array.constructor as { new (n: number): T })(size);
  next.set(array);
  return next;
}

export function tokenize(text: string): TokenList {
  let capacity = (text.length >> 3) + 16;
  let start = new Int32Array(capacity);
  let end = new Int32Array(capacity);
  let hash1 = new Int32Array(capacity);
  let hash2 = new Int32Array(capacity);
  let flags = new Uint8Array(capacity);
  let count = 0;

  let gapIsSpaceOnly = true;
  let i = 0;
  const length = text.length;
  while (i < length) {
    const code = text.charCodeAt(i);
    const char = code < 128 ? '' : charAt(text, i);
    const kind = classify(code, char);
    if (kind === CharClass.Space || kind === CharClass.Ignorable) {
      i++;
      continue;
    }
    if (kind === CharClass.Joiner) {
      gapIsSpaceOnly = false;
      i++;
      continue;
    }
    if (count === capacity) {
      capacity *= 2;
      start = grow(start, capacity);
      end = grow(end, capacity);
      hash1 = grow(hash1, capacity);
      hash2 = grow(hash2, capacity);
      flags = grow(flags, capacity);
    }
    let tokenFlags = gapIsSpaceOnly ? TOKEN_AFTER_SPACE : 0;
    gapIsSpaceOnly = true;
    start[count] = i;
    if (kind === CharClass.Punct) {
      const folded = foldPunct(char || text[i]!);
      i += char.length || 1;
      end[count] = i;
      let h1 = FNV_OFFSET;
      let h2 = H2_SEED;
      for (let k = 0; k < folded.length; k++) {
        h1 = hashStep1(h1, folded.charCodeAt(k));
        h2 = hashStep2(h2, folded.charCodeAt(k));
      }
      hash1[count] = h1;
      hash2[count] = h2;
      flags[count] = tokenFlags | TOKEN_PUNCT;
      count++;
      continue;
    }
    // A word: fold ASCII inline; anything else goes through the Unicode slow path once.
    let h1 = FNV_OFFSET;
    let h2 = H2_SEED;
    let ascii = true;
    let hasUpper = false;
    let hasLower = false;
    const wordStart = i;
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 97 && c <= 122) {
          hasLower = true;
        } else if (c >= 65 && c <= 90) {
          hasUpper = true;
        } else if (!(c >= 48 && c <= 57)) break;
        if (ascii) {
          const folded = c >= 65 && c <= 90 ? c + 32 : c;
          h1 = hashStep1(h1, folded);
          h2 = hashStep2(h2, folded);
        }
        i++;
        continue;
      }
      const wide = charAt(text, i);
      const cls = classify(c, wide);
      if (cls === CharClass.Word || cls === CharClass.Ignorable) {
        ascii = false;
        i += wide.length;
        continue;
      }
      break;
    }
    end[count] = i;
    if (ascii) {
      const first = text.charCodeAt(wordStart);
      tokenFlags |=
        (hasUpper ? TOKEN_HAS_UPPER : 0) |
        (first >= 65 && first <= 90 ? TOKEN_STARTS_UPPER : 0) |
        (hasUpper && !hasLower ? TOKEN_ALL_UPPER : 0);
    } else {
      const raw = text.slice(wordStart, i).replace(/[\u00AD\u200B-\u200D\u2060\uFEFF\u180E]/g, '');
      const folded = foldWord(raw);
      h1 = FNV_OFFSET;
      h2 = H2_SEED;
      for (let k = 0; k < folded.length; k++) {
        h1 = hashStep1(h1, folded.charCodeAt(k));
        h2 = hashStep2(h2, folded.charCodeAt(k));
      }
      tokenFlags |= caseFlags(raw.normalize('NFKC'));
    }
    hash1[count] = h1;
    hash2[count] = h2;
    flags[count] = tokenFlags;
    count++;
  }
  return { count, start, end, hash1, hash2, flags };
}

/**
 * Reads the text one token at a time, for both the alias index (alias texts) and the scan of page
 * text, so the two agree on every character. No normalised copy of the text is made and nothing is
 * allocated for an ASCII word: each token is reported through the fields of `token` — its offsets in
 * the original string and two independent 32-bit hashes of its folded form (NFKD, diacritics
 * removed, lower case).
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
/** Every letter of the token is upper case (and it has at least one letter). */
export const TOKEN_ALL_UPPER = 4;

/**
 * The last token read. One shared record: reading allocates nothing. `hash2` of an ASCII word is
 * only computed on demand (`secondHash`), since most words fail the filters on `hash1` alone.
 */
export const token = { start: 0, end: 0, hash1: 0, hash2: 0, flags: 0, hash2Pending: false };

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 16777619;
const H2_SEED = 0x2f6b3a1d;
const H2_PRIME = 0x5bd1e995;

const enum CharClass {
  Word = 0,
  Space = 1,
  Joiner = 2,
  Punct = 3,
  Ignorable = 4,
}

/** ASCII classes by code, looked up instead of tested. */
const ASCII_CLASS = new Uint8Array(128).fill(CharClass.Punct);
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) ASCII_CLASS[c] = CharClass.Word;
  else if (c === 32 || (c >= 9 && c <= 13)) ASCII_CLASS[c] = CharClass.Space;
  else if (c === 45 || c === 39 || c === 96) ASCII_CLASS[c] = CharClass.Joiner;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Characters a word ignores (soft hyphen, zero-width ones), as a class for regular expressions. */
export const IGNORABLE_CHARS = '\\u00AD\\u200B-\\u200D\\u2060\\uFEFF\\u180E';
const IGNORABLE = new RegExp(`[${IGNORABLE_CHARS}]`);
const IGNORABLES = new RegExp(`[${IGNORABLE_CHARS}]`, 'g');

/** The same characters as `IGNORABLE`, by code, for loops that must not build a string. */
export function isIgnorableCode(code: number): boolean {
  return code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff || code === 0x180e;
}

/** Whether an ASCII code is a letter or a digit (a word character). */
export function isAsciiWordCode(code: number): boolean {
  return code < 128 && ASCII_CLASS[code] === CharClass.Word;
}

/** Whether the code point starting at `at` is a letter, digit or mark, as `readToken` classes it. */
export function isWordCodePointAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return ASCII_CLASS[code] === CharClass.Word;
  return isSurrogate(code) ? WORD_CHAR.test(String.fromCodePoint(text.codePointAt(at)!)) : wideClassAt(text, at) === CharClass.Word;
}
const SPACE = /\s/;
const DASH_OR_APOSTROPHE = /[-\u2010-\u2015\u2212\uFE58\uFE63\uFF0D'\u2018\u2019\u02BC`\u00B4\u2032\uFF07]/;
const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u00AB\u00BB\u2033\uFF02]/;

export function hashStep1(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}

export function hashStep2(hash: number, code: number): number {
  const mixed = Math.imul(hash + code, H2_PRIME);
  return mixed ^ (mixed >>> 13);
}

/** The hashes of each ASCII character as a punctuation token (only those entries are read). */
const ASCII_PUNCT_HASH1 = new Int32Array(128);
const ASCII_PUNCT_HASH2 = new Int32Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_PUNCT_HASH1[c] = hashStep1(FNV_OFFSET, c);
  ASCII_PUNCT_HASH2[c] = hashStep2(H2_SEED, c);
}

/**
 * Put between blocks scanned as one text: NUL, which HTML parsing never leaves in a page's text (and
 * an alias containing it is not indexed). It reads as punctuation, so no word or alias runs across
 * it, and the rules that look past a name stop at it as at the end of a text. (Not a noncharacter
 * such as U+FFFF: bundled as a raw character, Chromium refuses to load the script as UTF-8.)
 */
export const BLOCK_SEPARATOR = '\u0000';
export const BLOCK_SEPARATOR_CODE = 0;

/** The whole code point at `index`, so astral letters are not split into lone surrogates. */
function charAt(text: string, index: number): string {
  const code = text.charCodeAt(index);
  return code >= 0xd800 && code <= 0xdbff && index + 1 < text.length ? text.slice(index, index + 2) : text[index]!;
}

function classifyWide(char: string): CharClass {
  if (IGNORABLE.test(char)) return CharClass.Ignorable;
  if (WORD_CHAR.test(char)) return CharClass.Word;
  if (SPACE.test(char)) return CharClass.Space;
  if (DASH_OR_APOSTROPHE.test(char)) return CharClass.Joiner;
  return CharClass.Punct;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;

/**
 * Classes of the characters outside ASCII and surrogates, plus one, learnt on first sight (0: not
 * yet): a page writes a handful of them ("é", "’", a script's letters) thousands of times.
 */
const WIDE_CLASS = new Uint8Array(0x10000);

/** The class of the character at `i`, not ASCII. */
function wideClassAt(text: string, i: number): CharClass {
  const code = text.charCodeAt(i);
  if (isSurrogate(code)) return classifyWide(charAt(text, i));
  const known = WIDE_CLASS[code]!;
  if (known !== 0) return (known - 1) as CharClass;
  const kind = classifyWide(String.fromCharCode(code));
  WIDE_CLASS[code] = kind + 1;
  return kind;
}

/** The folded form of a non-ASCII word, as the ASCII fast path would fold it. */
export function foldWord(raw: string): string {
  return raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

/**
 * The folded first character of the token `readToken(text, from)` would read, when it and the
 * separators before it are ASCII (most text): -1 when they are not (read the token to know), -2 at
 * the end of the text. It lets the matcher skip a token no alias continues with, unread.
 */
export function asciiInitial(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128) return -1;
    const kind = ASCII_CLASS[code];
    if (kind === CharClass.Space || kind === CharClass.Joiner) continue;
    return code >= 65 && code <= 90 ? code + 32 : code;
  }
  return -2;
}

/** The folded first character of the token `text[start, end)` of an alias, if ASCII (else -1), as `asciiInitial` sees it on a page. */
export function foldedInitial(text: string, start: number, end: number, flags: number): number {
  let folded: string;
  if (flags & TOKEN_PUNCT) {
    folded = text.slice(start, end).normalize('NFKC');
    if (DOUBLE_QUOTES.test(folded)) folded = '"';
  } else folded = foldedToken(text, start, end);
  const code = folded.charCodeAt(0);
  return code < 128 ? code : -1;
}

/** The folded form of the word `text[start, end)`, as the matcher hashes it. */
export function foldedToken(text: string, start: number, end: number): string {
  return foldWord(text.slice(start, end).replace(IGNORABLES, ''));
}

function caseFlags(word: string): number {
  let hasLetter = false;
  let hasUpper = false;
  let hasLower = false;
  for (const char of word) {
    const lower = char.toLowerCase();
    if (lower !== char.toUpperCase()) {
      hasLetter = true;
      if (char === lower) hasLower = true;
      else hasUpper = true;
    }
  }
  return (hasUpper ? TOKEN_HAS_UPPER : 0) | (hasLetter && !hasLower ? TOKEN_ALL_UPPER : 0);
}

function hashString(text: string): void {
  let h1 = FNV_OFFSET;
  let h2 = H2_SEED;
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    h1 = hashStep1(h1, code);
    h2 = hashStep2(h2, code);
  }
  token.hash1 = h1;
  token.hash2 = h2;
}

/**
 * Reads the next token at or after `from` into `token` and returns where reading stops, or -1 at
 * the end of the text.
 */
export function readToken(text: string, from: number): number {
  const length = text.length;
  let i = from;
  // Skip separators.
  for (;;) {
    if (i >= length) return -1;
    const code = text.charCodeAt(i);
    const kind = code < 128 ? ASCII_CLASS[code]! : wideClassAt(text, i);
    if (kind === CharClass.Space || kind === CharClass.Ignorable || kind === CharClass.Joiner) {
      i++;
    } else if (kind === CharClass.Punct) {
      token.hash2Pending = false;
      token.start = i;
      token.flags = TOKEN_PUNCT;
      if (code < 128) {
        // ASCII punctuation folds to itself: its hashes are worked out once.
        token.end = i + 1;
        token.hash1 = ASCII_PUNCT_HASH1[code]!;
        token.hash2 = ASCII_PUNCT_HASH2[code]!;
        return token.end;
      }
      const char = charAt(text, i);
      token.end = i + char.length;
      const folded = char.normalize('NFKC');
      hashString(DOUBLE_QUOTES.test(folded) ? '"' : folded);
      return token.end;
    } else break;
  }
  // A word: fold ASCII inline; anything else goes through the Unicode slow path once.
  const start = i;
  let h1 = FNV_OFFSET;
  let ascii = true;
  let hasUpper = false;
  let hasLower = false;
  while (i < length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_CLASS[c] !== CharClass.Word) break;
      let folded = c;
      if (c >= 97) hasLower = true;
      else if (c >= 65) {
        hasUpper = true;
        folded = c + 32;
      }
      h1 = Math.imul(h1 ^ folded, FNV_PRIME);
      i++;
      continue;
    }
    const kind = wideClassAt(text, i);
    if (kind !== CharClass.Word && kind !== CharClass.Ignorable) break;
    ascii = false;
    // A high surrogate goes with whatever follows it, as `charAt` reads it.
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < length ? 2 : 1;
  }
  token.start = start;
  token.end = i;
  if (ascii) {
    token.hash1 = h1;
    token.hash2Pending = true;
    token.flags = (hasUpper ? TOKEN_HAS_UPPER : 0) | (hasUpper && !hasLower ? TOKEN_ALL_UPPER : 0);
  } else {
    const raw = text.slice(start, i).replace(IGNORABLES, '');
    hashString(foldWord(raw));
    token.hash2Pending = false;
    token.flags = caseFlags(raw.normalize('NFKC'));
  }
  return i;
}

/** The second hash of the last token read from `text`, computing it if it was left pending. */
export function secondHash(text: string): number {
  if (token.hash2Pending) {
    let h2 = H2_SEED;
    for (let k = token.start; k < token.end; k++) {
      const c = text.charCodeAt(k);
      const mixed = Math.imul(h2 + (c >= 65 && c <= 90 ? c + 32 : c), H2_PRIME);
      h2 = mixed ^ (mixed >>> 13);
    }
    token.hash2 = h2;
    token.hash2Pending = false;
  }
  return token.hash2;
}

/**
 * How many words in `text[start, end)` begin with a capital letter. An alias's capitalised words
 * must all be capitalised where it is matched, so "French tech sector" is not French Tech.
 */
export function countCapitalisedWords(text: string, start = 0, end = text.length): number {
  let count = 0;
  let inWord = false;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      const word = ASCII_CLASS[code] === CharClass.Word;
      if (word && !inWord && code >= 65 && code <= 90) count++;
      inWord = word;
      continue;
    }
    const word = !isSurrogate(code) && wideClassAt(text, i) === CharClass.Word;
    if (word && !inWord) {
      const char = text[i]!;
      if (char !== char.toLowerCase()) count++;
    }
    inWord = word;
  }
  return count;
}

/** Whether `text[start, end)` has letters and none of them is lower case (a headline in capitals). */
export function isAllCapitals(text: string, start: number, end: number): boolean {
  let letters = 0;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    const lower = char.toLowerCase();
    if (lower === char.toUpperCase()) continue;
    if (char === lower) return false;
    letters++;
  }
  return letters > 0;
}

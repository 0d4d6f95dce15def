/** A sentence with its offsets in the text it came from (UTF-16 code units, end exclusive). */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  /** Index of the paragraph (block separated by a blank line) the sentence is in. */
  paragraph: number;
}

/** Words whose trailing full stop marks an abbreviation, not the end of a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'sr', 'jr', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm', 'gov',
    'sen', 'rep', 'rev', 'hon', 'pres', 'no', 'nos', 'co', 'corp', 'inc', 'ltd', 'plc', 'vs', 'v', 'e.g', 'i.e', 'cf',
    'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'approx',
    'fig', 'ave', 'blvd', 'dept', 'univ', 'assn', 'bros', 'est', 'op', 'vol', 'pp', 'p', 'al',
  ],
);

/** Words that start sentences, so a dotted acronym ("the U.S.") before one does end a sentence. */
const SENTENCE_STARTERS = new Set(
  [
    'the', 'a', 'an', 'it', 'its', 'in', 'on', 'at', 'this', 'that', 'these', 'those', 'he', 'she', 'they', 'we',
    'i', 'but', 'and', 'however', 'meanwhile', 'for', 'as', 'after', 'before', 'when', 'while', 'there', 'his',
    'her', 'their', 'our', 'some', 'many', 'both', 'under', 'during', 'separately', 'also', 'yet', 'so',
  ],
);

const BOUNDARY = /[.!?…]+["'”’)\]]*(?=\s+)/g;

/**
 * Splits plain text into sentences. Blank lines and single line breaks always end a sentence
 * (headlines and datelines carry no full stop); a full stop after an abbreviation ("Dr.", "Mr."), an
 * initial ("J. K.") or a dotted acronym ("U.S.") followed by a name does not.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  const lines = /[^\n]+|\n(?:[ \t]*\n)+/g;
  for (const match of text.matchAll(lines)) {
    if (match[0].startsWith('\n')) {
      paragraph += 1;
      continue;
    }
    splitLine(match[0], match.index, paragraph, sentences);
  }
  return sentences;
}

function splitLine(line: string, offset: number, paragraph: number, out: Sentence[]): void {
  let from = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (!endsSentence(line, match.index, end)) continue;
    push(line, offset, from, end, paragraph, out);
    from = end;
  }
  push(line, offset, from, line.length, paragraph, out);
}

function push(line: string, offset: number, from: number, to: number, paragraph: number, out: Sentence[]): void {
  const raw = line.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (text === '') return;
  out.push({ text, start: offset + from + lead, end: offset + from + lead + text.length, paragraph });
}

function endsSentence(line: string, markAt: number, end: number): boolean {
  if (line[markAt] !== '.') return true;
  const next = /^\s+(["'“‘(\[]?)(\S+)/u.exec(line.slice(end));
  if (!next) return true;
  const nextWord = next[2] ?? '';
  // A sentence starts with a capital, a digit or a quotation mark; anything else continues it.
  if (!/^[\p{Lu}\p{N}]/u.test(nextWord) && next[1] === '') return false;
  const before = /([\p{L}.]+)\.$/u.exec(line.slice(0, markAt + 1));
  const word = before?.[1] ?? '';
  if (/^\p{Lu}$/u.test(word)) return false;
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord.replace(/\W+$/u, '').toLowerCase());
  return true;
}

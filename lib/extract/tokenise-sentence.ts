/** One word or punctuation mark of a sentence, with offsets in that sentence. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an acronym such as "CNRS" or "A.P."). */
  capitalised: boolean;
  isWord: boolean;
  /** The word carried "'s" or a bare trailing apostrophe ("Sciences'"), stripped from `text`. */
  possessive: boolean;
}

// Dotted acronyms and initials first ("U.S.", "A.P."), then words with inner hyphens, apostrophes
// and @ ("Director-General", "d'information"), then any single other character.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:[-'’][\p{L}\p{M}\p{N}]+)*(?:['’](?=\s|$|[,.;:]))?|\p{N}[\p{N}.,:%]*|[^\s]/gu;

export function tokeniseSentence(sentence: string): Token[] {
  const tokens: Token[] = [];
  for (const match of sentence.matchAll(TOKEN)) {
    let text = match[0];
    let possessive = false;
    if (/['’]s$/u.test(text) && text.length > 2) {
      text = text.slice(0, -2);
      possessive = true;
    } else if (/s['’]$/u.test(text)) {
      text = text.slice(0, -1);
      possessive = true;
    }
    const isWord = /^[\p{L}\p{N}]/u.test(text);
    tokens.push({
      text,
      start: match.index,
      end: match.index + text.length,
      capitalised: /^\p{Lu}/u.test(text),
      isWord,
      possessive,
    });
  }
  return tokens;
}

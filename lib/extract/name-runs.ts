import type { Token } from './tokenise-sentence';
import { countryCodeOfDemonym, countryCodeOfName } from './country-names';
import { isCalendarWord, isFunctionWord, isHonorific, isNameParticle, isOrgHead, isRoleNoun } from './name-lexicon';

/** A capitalised word that may be part of a name: not a calendar word and not a hashtag. */
export function isNameWord(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (!token || !token.isWord || !token.capitalised) return false;
  if (isCalendarWord(token.text)) return false;
  const previous = tokens[index - 1];
  return !(previous && (previous.text === '#' || previous.text === '@') && previous.end === token.start);
}

/**
 * The person name that starts at `from`: capitalised words, inner particles ("de", "von") and
 * initials, at most five words, ending at a possessive. Returns the index after the last word, or
 * `from` when no name starts there.
 */
export function personRunEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  let words = 0;
  for (let i = from; i < tokens.length && words < 5; i++) {
    const token = tokens[i];
    if (!token) break;
    // An initial: "S. Somanath", "J. K. Rowling".
    if (/^\p{Lu}$/u.test(token.text) && tokens[i + 1]?.text === '.' && tokens[i + 1]?.start === token.end && isNameWord(tokens, i + 2)) {
      i += 1;
      words += 1;
      continue;
    }
    if (isNameWord(tokens, i) && isPersonWord(token.text)) {
      end = i + 1;
      words += 1;
      if (token.possessive) break;
      continue;
    }
    if (token.isWord && !token.capitalised && isNameParticle(token.text) && words > 0 && isNameWord(tokens, i + 1)) {
      continue;
    }
    break;
  }
  return end;
}

function isPersonWord(word: string): boolean {
  if (isFunctionWord(word) || isOrgHead(word) || isRoleNoun(word) || isHonorific(word)) return false;
  if (countryCodeOfName(word) || countryCodeOfDemonym(word)) return false;
  // All-capital words of two letters or more are acronyms, not names.
  return !/^[\p{Lu}\d]{2,}$/u.test(word);
}

/** Text of tokens [from, to) as the sentence wrote it. */
export function spanText(sentence: string, tokens: readonly Token[], from: number, to: number): string {
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return '';
  return sentence.slice(first.start, last.end);
}

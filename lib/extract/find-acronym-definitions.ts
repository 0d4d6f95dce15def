import type { NameMention } from './name-mention';
import type { Token } from './tokenise-sentence';
import { countryCodeOfName } from './country-names';
import { isNameConnector, isOrgHead } from './name-lexicon';
import { spanText } from './name-runs';

type OrgMention = Omit<NameMention, 'sentence'>;

const ACRONYM = /^(?=(?:.*\p{Lu}){2})[\p{Lu}\d][\p{Lu}\p{Ll}\d&*-]{1,11}$/u;
/** Acronyms are mostly capitals: "CNRS", "MINDEF", "NTNU", "CoE"; not "Joint" or "Defence". */
function isAcronym(word: string): boolean {
  if (!ACRONYM.test(word)) return false;
  const capitals = word.replace(/[^\p{Lu}]/gu, '').length;
  return capitals / word.replace(/[^\p{L}]/gu, '').length >= 0.6;
}

/**
 * Names defined with a parenthesis: "Cyber Security Agency of Singapore (CSA)", "São Paulo Research
 * Foundation (Fundação de Amparo à Pesquisa do Estado de São Paulo, FAPESP)", and the other way
 * round, "SAFARI (Singapore and France Advanced Research Initiative)". The name before the
 * parenthesis is an organisation found by a head word, or the words whose initials spell the acronym
 * (which also catches names written in lower case: "Agence nationale de la recherche (ANR)").
 */
export function findAcronymDefinitions(sentence: string, tokens: readonly Token[], orgs: readonly OrgMention[]): OrgMention[] {
  const found: OrgMention[] = [];
  tokens.forEach((open, i) => {
    if (open.text !== '(') return;
    const close = tokens.findIndex((t, k) => k > i && t.text === ')');
    if (close < 0 || close - i > 16) return;
    const inside = splitOnCommas(tokens.slice(i + 1, close));
    const acronym = inside.map((part) => (part.length === 1 ? part[0]?.text : undefined)).find((w) => w && isAcronym(w));
    const alternatives = inside
      .filter((part) => !(part.length === 1 && isAcronym(part[0]?.text ?? '')))
      .filter((part) => part[0]?.capitalised && part.every((t) => t.isWord || t.text === '&' || t.text === '-'))
      .map((part) => sentence.slice(part[0]?.start ?? 0, part[part.length - 1]?.end ?? 0));

    const before = orgs.find((org) => org.end === tokens[i - 1]?.end && org.rule === 'head');
    if (before) {
      const aliases = [
        ...(acronym ? [{ text: acronym, strength: acronymStrength(acronym) }] : []),
        ...alternatives.map((text) => ({ text, strength: alternativeStrength(text) })),
      ];
      if (aliases.length > 0) found.push({ ...before, rule: 'acronym', aliases });
      return;
    }
    if (acronym) {
      const start = spellingStart(tokens, i, acronym);
      if (start !== undefined) {
        const name = spanText(sentence, tokens, start, i);
        if (!countryCodeOfName(name)) {
          found.push({
            kind: 'org',
            name,
            start: tokens[start]?.start ?? 0,
            end: tokens[i - 1]?.end ?? 0,
            rule: 'acronym',
            aliases: [
              { text: acronym, strength: acronymStrength(acronym) },
              ...alternatives.map((text) => ({ text, strength: 'strong' as const })),
            ],
          });
        }
      }
      return;
    }
    // "SAFARI (Singapore and France Advanced Research Initiative)": the acronym comes first.
    const previous = tokens[i - 1];
    const expansion = inside.length === 1 ? inside[0] : undefined;
    if (previous && expansion && isAcronym(previous.text) && spells(expansion, previous.text)) {
      const first = expansion[0];
      const last = expansion[expansion.length - 1];
      if (first?.capitalised && last) {
        found.push({
          kind: 'org',
          name: sentence.slice(first.start, last.end),
          start: first.start,
          end: last.end,
          rule: 'acronym',
          aliases: [{ text: previous.text, strength: acronymStrength(previous.text) }],
        });
      }
    }
  });
  return found;
}

/** Design rule: acronyms of three letters or fewer are ambiguous, so weak. */
function acronymStrength(acronym: string): 'strong' | 'weak' {
  return acronym.replace(/[^\p{L}\d]/gu, '').length > 3 ? 'strong' : 'weak';
}

function alternativeStrength(text: string): 'strong' | 'weak' {
  return text.split(/\s+/).length >= 3 ? 'strong' : 'weak';
}

function splitOnCommas(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [[]];
  for (const token of tokens) {
    if (token.text === ',' || token.text === ';') parts.push([]);
    else parts[parts.length - 1]?.push(token);
  }
  return parts.filter((part) => part.length > 0);
}

/** Initial letter of a word, past an elided article ("d'information" → "i"). */
function initial(word: string): string {
  return word.replace(/^(?:d|l|qu)['’]/iu, '').normalize('NFD').charAt(0).toLowerCase();
}

function letters(word: string): string {
  return word.replace(/^(?:d|l|qu)['’]/iu, '').normalize('NFD').replace(/[^\p{L}\d]/gu, '').toLowerCase();
}

/**
 * Where the words ending before `paren` start whose initials (or leading letters, as in "MINistry of
 * DEFence") spell the acronym, reading backwards; connectors may be skipped, and at most two other
 * words. The first word must be capitalised.
 */
function spellingStart(tokens: readonly Token[], paren: number, acronym: string): number | undefined {
  let remaining = letters(acronym);
  let skipped = 0;
  for (let i = paren - 1; i >= 0 && remaining.length > 0; i--) {
    const token = tokens[i];
    if (!token || !token.isWord) return undefined;
    const word = letters(token.text);
    let consumed = 0;
    for (let n = Math.min(remaining.length, word.length); n >= 1; n--) {
      if (word.startsWith(remaining.slice(remaining.length - n))) {
        consumed = n;
        break;
      }
    }
    if (consumed > 0 && (consumed < remaining.length || token.capitalised)) {
      remaining = remaining.slice(0, remaining.length - consumed);
      if (remaining.length === 0) return token.capitalised ? i : undefined;
    } else if (isNameConnector(token.text) || token.text.length <= 2) {
      continue;
    } else if (++skipped > 2 || (!token.capitalised && !isOrgHead(token.text))) {
      return undefined;
    }
  }
  return undefined;
}

/** Whether the words' initials, connectors optional, spell the acronym. */
function spells(words: readonly Token[], acronym: string): boolean {
  const target = letters(acronym);
  const initials = words.filter((t) => t.isWord).map((t) => ({ letter: initial(t.text), optional: isNameConnector(t.text) }));
  const match = (w: number, a: number): boolean => {
    if (a === target.length) return initials.slice(w).every((x) => x.optional);
    const word = initials[w];
    if (!word) return false;
    if (word.letter === target[a] && match(w + 1, a + 1)) return true;
    return word.optional && match(w + 1, a);
  };
  return match(0, 0);
}

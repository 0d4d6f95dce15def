import { COUNTRY_NAMES_LONGEST_FIRST, countryCodeOfDemonym, countryCodeOfName, countryNameOfCode } from './country-names';

/** Something that can take part in an agreement or sign one, with the texts that name it. */
export interface PartyRef {
  /** `candidateKey` of a proposal, entity id of a known entity, or `country:xx`. */
  ref: string;
  kind: 'org' | 'person' | 'country';
  name: string;
  texts: string[];
  /** ISO code of the country it belongs to (a country's own code for a country). */
  country?: string;
  /** Head words and descriptors ("institute", "company") a definite description may use for it. */
  nouns?: string[];
  known?: boolean;
  /** A body the text says an agreement creates ("will establish a Joint ... Laboratory"). */
  createdBody?: boolean;
}

export interface PartyMention {
  party: PartyRef;
  start: number;
  end: number;
  /** Written as "France's ...": the owner of what follows rather than an actor. */
  possessive: boolean;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Texts are matched as written (capitals included), whole words only, longest first. */
export function findPartyMentions(sentence: string, parties: readonly PartyRef[]): PartyMention[] {
  const candidates: PartyMention[] = [];
  for (const party of parties) {
    for (const text of party.texts) {
      if (text.trim() === '') continue;
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escape(text)}(?![\\p{L}\\p{N}])(['’]s?)?`, 'gu');
      for (const match of sentence.matchAll(pattern)) {
        candidates.push({ party, start: match.index, end: match.index + text.length, possessive: match[1] !== undefined });
      }
    }
  }
  candidates.push(...findCountries(sentence));
  // Longest first; a shorter match inside a longer one is part of it ("Singapore" in "National University of Singapore").
  candidates.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: PartyMention[] = [];
  for (const candidate of candidates) {
    if (!kept.some((k) => candidate.start < k.end && k.start < candidate.end)) kept.push(candidate);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function countryRef(code: string, written: string): PartyRef {
  return { ref: `country:${code}`, kind: 'country', name: countryNameOfCode(code) ?? written, texts: [written], country: code };
}

/** Country names, and both halves of "Franco-Russian" or "Sino-US". */
function findCountries(sentence: string): PartyMention[] {
  const found: PartyMention[] = [];
  for (const name of COUNTRY_NAMES_LONGEST_FIRST) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}.])(?:the\\s+)?${escape(name)}(?![\\p{L}\\p{N}])(['’]s?)?`, 'gu');
    for (const match of sentence.matchAll(pattern)) {
      const code = countryCodeOfName(name);
      if (code) found.push({ party: countryRef(code, name), start: match.index, end: match.index + match[0].length - (match[1]?.length ?? 0), possessive: match[1] !== undefined });
    }
  }
  for (const match of sentence.matchAll(/(?<![\p{L}-])(\p{Lu}\p{Ll}+)-(\p{Lu}[\p{L}]+)(?![\p{L}-])/gu)) {
    const first = countryCodeOfDemonym(match[1] ?? '');
    const second = countryCodeOfDemonym(match[2] ?? '') ?? countryCodeOfName(match[2] ?? '');
    if (first && second && first !== second) {
      const at = match.index;
      const split = at + (match[1]?.length ?? 0);
      found.push({ party: countryRef(first, match[1] ?? ''), start: at, end: split, possessive: false });
      found.push({ party: countryRef(second, match[2] ?? ''), start: split + 1, end: at + match[0].length, possessive: false });
    }
  }
  return found;
}

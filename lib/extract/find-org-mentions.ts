import type { NameMention } from './name-mention';
import type { Token } from './tokenise-sentence';
import { countryCodeOfDemonym, countryCodeOfName } from './country-names';
import {
  isCalendarWord,
  isDiscipline,
  isFunctionWord,
  isNameConnector,
  isOrgDescriptor,
  isOrgHead,
  isRoleNoun,
  isWeakOrgHead,
  ORG_LIST_NOUNS,
} from './name-lexicon';
import { isNameWord, personRunEnd, spanText } from './name-runs';

type OrgMention = Omit<NameMention, 'sentence'>;

/**
 * Organisation names in one sentence, by four rules: a capitalised phrase with an institution head
 * ("Moscow Institute of Physics and Technology"), a name after a descriptor noun ("battery maker
 * Northvolt") or before an appositive one ("NordForsk, the research funding body"), a camel-case
 * brand ("OpenAI"), and the items of a list of organisations ("companies including X, Y and Z").
 */
export function findOrgMentions(sentence: string, tokens: readonly Token[]): OrgMention[] {
  return [
    ...findHeadedOrgs(sentence, tokens),
    ...findDescribedOrgs(sentence, tokens),
    ...findCamelCaseOrgs(sentence, tokens),
    ...findListedOrgs(sentence, tokens),
    ...findRelativeClauseOrgs(sentence, tokens),
    ...findJointBodies(sentence),
    ...findCountrySuffixedOrgs(sentence, tokens),
  ];
}

function isJoiner(token: Token | undefined): boolean {
  if (!token) return false;
  if (token.isWord) return !token.capitalised && isNameConnector(token.text);
  return token.text === '&' || token.text === '@' || token.text === '-' || token.text === '–';
}

/** Maximal runs of capitalised words joined by connectors, each ending at a possessive. */
function capitalisedChunks(tokens: readonly Token[]): [number, number][] {
  const chunks: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens, i)) {
      i += 1;
      continue;
    }
    let last = i;
    while (!tokens[last]?.possessive) {
      if (isNameWord(tokens, last + 1)) {
        last += 1;
        continue;
      }
      let k = last + 1;
      while (isJoiner(tokens[k])) k += 1;
      if (k > last + 1 && k - last <= 3 && isNameWord(tokens, k)) {
        last = k;
        continue;
      }
      break;
    }
    chunks.push([i, last + 1]);
    i = last + 1;
  }
  return chunks;
}

function countryOfPossessor(sentence: string, tokens: readonly Token[], chunkStart: number): string | undefined {
  const previous = tokens[chunkStart - 1];
  if (previous?.possessive) return countryCodeOfName(previous.text);
  return undefined;
}

function findHeadedOrgs(sentence: string, tokens: readonly Token[]): OrgMention[] {
  const found: OrgMention[] = [];
  for (const [chunkStart, chunkEnd] of capitalisedChunks(tokens)) {
    let floor = chunkStart;
    while (floor < chunkEnd && isFunctionWord(tokens[floor]?.text ?? '') && tokens[floor]?.capitalised) floor += 1;
    let i = floor;
    while (i < chunkEnd) {
      const token = tokens[i];
      if (!token || !token.capitalised || !isOrgHead(token.text)) {
        i += 1;
        continue;
      }
      let start = i;
      while (start > floor) {
        const before = tokens[start - 1];
        if (before && isNameWord(tokens, start - 1) && !isFunctionWord(before.text) && !isRoleNoun(before.text)) {
          start -= 1;
        } else if (before && isJoiner(before) && before.text !== 'of' && before.text !== 'the' && before.text !== 'for' && start - 2 >= floor && isNameWord(tokens, start - 2)) {
          start -= 2;
        } else break;
      }
      while (start < i && isJoiner(tokens[start])) start += 1;
      const end = orgEnd(tokens, i, chunkEnd);
      const words = tokens.slice(start, end).filter((t) => t.isWord && t.capitalised);
      const loneHead = words.length === 1;
      const weakOnly = isWeakOrgHead(token.text) && start === i;
      if (!loneHead && !weakOnly && !countryCodeOfName(spanText(sentence, tokens, start, end))) {
        const country =
          countryOfPossessor(sentence, tokens, start) ?? countryCodeOfDemonym(tokens[start]?.text ?? '') ?? countryCodeOfName(tokens[start]?.text ?? '');
        found.push({
          kind: 'org',
          name: spanText(sentence, tokens, start, end),
          start: tokens[start]?.start ?? 0,
          end: tokens[end - 1]?.end ?? 0,
          rule: 'head',
          ...(country ? { country } : {}),
        });
        // "Temasek Laboratories @ National University of Singapore": the host is an organisation too.
        const at = tokens.slice(start, end).findIndex((t) => t.text === '@');
        if (at > 0 && tokens.slice(start + at + 1, end).some((t) => t.capitalised && isOrgHead(t.text))) {
          found.push({ kind: 'org', name: spanText(sentence, tokens, start + at + 1, end), start: tokens[start + at + 1]?.start ?? 0, end: tokens[end - 1]?.end ?? 0, rule: 'host' });
        }
      }
      i = Math.max(end, i + 1);
      floor = i;
    }
  }
  return found;
}

/**
 * Where a name that has its head at `head` ends: it takes capitalised words and "of"/"for"
 * complements, and stops before a title ("NICT President"), before "and" that starts another
 * organisation, and after a spaced dash ("CEMO Center - Paris").
 */
function orgEnd(tokens: readonly Token[], head: number, chunkEnd: number): number {
  let end = head + 1;
  while (end < chunkEnd && !tokens[end - 1]?.possessive) {
    const token = tokens[end];
    if (!token) break;
    if (token.isWord && token.capitalised) {
      // A title ends the name only when a person's name follows it ("NICT President Hideyuki Tokuda"),
      // not inside a name ("Directorate General of Armaments").
      if (isRoleNoun(token.text) && personRunEnd(tokens, end + 1) - (end + 1) >= 2) break;
      end += 1;
      continue;
    }
    if (token.text === '-' || token.text === '–') break;
    if (token.text === 'and' || token.text === '&' || token.text === '@') {
      const rest = tokens.slice(end + 1, chunkEnd);
      const next = rest[0];
      if (!next) break;
      if (token.text !== '@' && (rest.some((t) => t.capitalised && isOrgHead(t.text)) || countryCodeOfName(next.text) || next.possessive)) break;
    }
    let k = end;
    while (k < chunkEnd && isJoiner(tokens[k])) k += 1;
    if (k === end || k >= chunkEnd) break;
    end = k;
  }
  // A list of fields closes many institution names: "... of Information Technology, Mechanics and Optics".
  const hasComplement = tokens.slice(head, end).some((t) => t.text === 'of' || t.text === 'for');
  if (hasComplement && isDiscipline(tokens[end - 1]?.text ?? '')) {
    let k = end;
    while (tokens[k]?.text === ',' && tokens[k + 1]?.capitalised && isDiscipline(tokens[k + 1]?.text ?? '')) k += 2;
    if (tokens[k]?.text === 'and' && tokens[k + 1]?.capitalised && isDiscipline(tokens[k + 1]?.text ?? '')) end = k + 2;
    else if (tokens[k]?.text === ',' && tokens[k + 1]?.text === 'and' && k > end) end = k;
  }
  return end;
}

/** Capitalised name starting at `from` for the descriptor rules: words, initials and spaced dashes. */
function brandRunEnd(tokens: readonly Token[], from: number): number {
  let end = from;
  while (end < tokens.length && end - from < 6) {
    if (isNameWord(tokens, end) && !isRoleNoun(tokens[end]?.text ?? '')) {
      end += 1;
      if (tokens[end - 1]?.possessive) break;
      continue;
    }
    const joiner = tokens[end];
    if (joiner && (joiner.text === '-' || joiner.text === '&') && end > from && isNameWord(tokens, end + 1)) {
      end += 1;
      continue;
    }
    break;
  }
  return end;
}

function isPlausibleBrand(sentence: string, tokens: readonly Token[], from: number, to: number): boolean {
  if (to <= from) return false;
  const first = tokens[from]?.text ?? '';
  if (isFunctionWord(first) || isCalendarWord(first)) return false;
  const text = spanText(sentence, tokens, from, to);
  return !countryCodeOfName(text) && !countryCodeOfDemonym(text);
}

function findDescribedOrgs(sentence: string, tokens: readonly Token[]): OrgMention[] {
  const found: OrgMention[] = [];
  tokens.forEach((token, i) => {
    if (!token.isWord || token.capitalised || token.possessive || !isOrgDescriptor(token.text)) return;
    // "battery maker Northvolt": the descriptor directly before the name.
    const end = brandRunEnd(tokens, i + 1);
    if (isPlausibleBrand(sentence, tokens, i + 1, end)) {
      found.push({
        kind: 'org',
        name: spanText(sentence, tokens, i + 1, end),
        start: tokens[i + 1]?.start ?? 0,
        end: tokens[end - 1]?.end ?? 0,
        rule: 'descriptor',
        description: describe(sentence, tokens, i),
        ...countryOfDescription(tokens, i),
      });
    }
    // "NordForsk, the Nordic research funding body": an apposition whose head noun is the descriptor.
    const closes = tokens[i + 1];
    if (closes && closes.isWord) return;
    let article = i - 1;
    while (article >= 0 && article > i - 6 && tokens[article]?.isWord && !/^(?:the|a|an)$/i.test(tokens[article]?.text ?? '')) article -= 1;
    if (!/^(?:the|a|an)$/i.test(tokens[article]?.text ?? '') || tokens[article - 1]?.text !== ',') return;
    let nameEnd = article - 1;
    let nameStart = nameEnd;
    while (nameStart > 0 && isNameWord(tokens, nameStart - 1)) nameStart -= 1;
    if (nameStart < nameEnd && isPlausibleBrand(sentence, tokens, nameStart, nameEnd) && !tokens[nameEnd - 1]?.possessive) {
      found.push({
        kind: 'org',
        name: spanText(sentence, tokens, nameStart, nameEnd),
        start: tokens[nameStart]?.start ?? 0,
        end: tokens[nameEnd - 1]?.end ?? 0,
        rule: 'apposition',
        description: spanText(sentence, tokens, article + 1, i + 1),
      });
    }
  });
  return found;
}

/** The descriptor with its lower-case modifiers: "Swedish battery maker" → "battery maker". */
function describe(sentence: string, tokens: readonly Token[], descriptor: number): string {
  let start = descriptor;
  while (start > 0 && tokens[start - 1]?.isWord && !tokens[start - 1]?.capitalised && !isFunctionWord(tokens[start - 1]?.text ?? '')) start -= 1;
  return spanText(sentence, tokens, start, descriptor + 1);
}

function countryOfDescription(tokens: readonly Token[], descriptor: number): { country?: string } {
  for (let i = descriptor - 1; i >= 0 && i >= descriptor - 4; i--) {
    const code = countryCodeOfDemonym(tokens[i]?.text ?? '');
    if (code) return { country: code };
    if (!tokens[i]?.isWord) break;
  }
  return {};
}

const CAMEL_CASE = /^\p{Lu}\p{Ll}+\p{Lu}/u;
const NAME_PREFIXES = /^(?:Mc|Mac|Di|De|Le|La|Van|Von|Da|Du|Fitz|O)\p{Lu}/u;

function findCamelCaseOrgs(sentence: string, tokens: readonly Token[]): OrgMention[] {
  const found: OrgMention[] = [];
  tokens.forEach((token, i) => {
    if (!isNameWord(tokens, i) || !CAMEL_CASE.test(token.text) || NAME_PREFIXES.test(token.text)) return;
    // A camel-case word next to other capitalised words is part of a longer name, found elsewhere.
    if (isNameWord(tokens, i - 1) || (!token.possessive && isNameWord(tokens, i + 1))) return;
    found.push({ kind: 'org', name: token.text, start: token.start, end: token.end, rule: 'camel-case' });
  });
  return found;
}

const LIST_INTRODUCERS = /^(?:including|include|includes|like|notably|namely)$/i;

function findListedOrgs(sentence: string, tokens: readonly Token[]): OrgMention[] {
  const found: OrgMention[] = [];
  tokens.forEach((token, i) => {
    if (!ORG_LIST_NOUNS.has(token.text.toLowerCase())) return;
    let k = i + 1;
    if (tokens[k]?.text === ',') k += 1;
    if (tokens[k]?.text.toLowerCase() === 'such' && tokens[k + 1]?.text.toLowerCase() === 'as') k += 2;
    else if (LIST_INTRODUCERS.test(tokens[k]?.text ?? '')) k += 1;
    else return;
    while (k < tokens.length) {
      // Skip what qualifies the item: "France's", "Russian surveillance specialist".
      let itemStart = k;
      while (tokens[itemStart]?.possessive && countryCodeOfName(tokens[itemStart]?.text ?? '')) itemStart += 1;
      let lower = itemStart;
      if (countryCodeOfDemonym(tokens[lower]?.text ?? '')) lower += 1;
      while (lower < tokens.length && lower - itemStart < 4 && tokens[lower]?.isWord && !tokens[lower]?.capitalised) lower += 1;
      if (lower > itemStart && !isOrgDescriptor(tokens[lower - 1]?.text ?? '')) lower = itemStart;
      const end = brandRunEnd(tokens, lower);
      if (!isPlausibleBrand(sentence, tokens, lower, end)) break;
      found.push({
        kind: 'org',
        name: spanText(sentence, tokens, lower, end),
        start: tokens[lower]?.start ?? 0,
        end: tokens[end - 1]?.end ?? 0,
        rule: 'list',
      });
      k = end;
      if (tokens[k]?.text === ',') k += 1;
      if (tokens[k]?.text === 'and' || tokens[k]?.text === 'or') k += 1;
      if (k === end) break;
    }
  });
  return found;
}

/** Prepositions of place: a name after one and before ", which" is more likely a place than a body. */
const PLACE_PREPOSITIONS = /^(?:in|at|to|from|near|across|around|outside|inside|into|towards|via)$/i;

/**
 * "Microsoft, which is investing", "as Intelligence Online reported": a capitalised name taking a
 * "which" clause is a thing rather than a person, and one credited with reporting is a publication.
 */
function findRelativeClauseOrgs(sentence: string, tokens: readonly Token[]): OrgMention[] {
  const found: OrgMention[] = [];
  tokens.forEach((token, i) => {
    if (!isNameWord(tokens, i) || isNameWord(tokens, i - 1) || isFunctionWord(token.text)) return;
    const end = brandRunEnd(tokens, i);
    if (end - i > 3 || !isPlausibleBrand(sentence, tokens, i, end) || tokens[end - 1]?.possessive) return;
    const which = tokens[end]?.text === ',' && tokens[end + 1]?.text === 'which';
    const reported = tokens[i - 1]?.text === 'as' && /^(?:reported|revealed|disclosed)$/i.test(tokens[end]?.text ?? '');
    if (which && PLACE_PREPOSITIONS.test(tokens[i - 1]?.text ?? '')) return;
    if (which && tokens.slice(i, end).some((t) => isRoleNoun(t.text))) return;
    if (!which && !reported) return;
    found.push({ kind: 'org', name: spanText(sentence, tokens, i, end), start: token.start, end: tokens[end - 1]?.end ?? token.end, rule: which ? 'which' : 'publication' });
  });
  return found;
}

const JOINT_BODY = /\bjoint (?:working group|committee|commission|task force|research centre|research center|centre|center|laboratory|lab|council)\s+(?:on|for)\s+[\p{Ll}][\p{Ll}\s,-]*?(?=\s+(?:on|in|at|by|from|since|which|that|will|to)\b|[.,;:()]|$)/gu;

/**
 * A joint body named by what it does, in lower case ("the joint working group on innovation and
 * digital technology"): an entity in its own right, which agreements set up and people co-chair.
 */
function findJointBodies(sentence: string): OrgMention[] {
  return [...sentence.matchAll(JOINT_BODY)].map((match) => ({
    kind: 'org' as const,
    name: match[0].trim(),
    start: match.index,
    end: match.index + match[0].trim().length,
    rule: 'joint-body',
  }));
}

/**
 * Government bodies named "<field> <country>": "Natural Resources Canada", "Business France",
 * "Enterprise Singapore". Not after "of"/"in" ("University of Singapore", "based in Singapore").
 */
function findCountrySuffixedOrgs(sentence: string, tokens: readonly Token[]): OrgMention[] {
  const found: OrgMention[] = [];
  tokens.forEach((token, c) => {
    if (!token.isWord || !countryCodeOfName(token.text) || isNameWord(tokens, c + 1)) return;
    let start = c;
    while (start > 0 && start > c - 3 && isNameWord(tokens, start - 1)) {
      const word = tokens[start - 1]?.text ?? '';
      if (isFunctionWord(word) || isRoleNoun(word) || countryCodeOfDemonym(word) || countryCodeOfName(word) || tokens[start - 1]?.possessive) break;
      start -= 1;
    }
    if (start === c || /^(?:of|in|from|to|at|for|across)$/i.test(tokens[start - 1]?.text ?? '')) return;
    found.push({
      kind: 'org',
      name: spanText(sentence, tokens, start, c + 1),
      start: tokens[start]?.start ?? 0,
      end: token.end,
      rule: 'country-suffix',
      country: countryCodeOfName(token.text),
    });
  });
  return found;
}

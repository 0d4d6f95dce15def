import type { NameMention } from './name-mention';
import type { Token } from './tokenise-sentence';
import { countryCodeOfDemonym, countryCodeOfName } from './country-names';
import { isFunctionWord, isHonorific, isNameConnector, isOrgHead, isRoleModifier, isRoleNoun, SPEECH_VERBS } from './name-lexicon';
import { isNameWord, personRunEnd, spanText } from './name-runs';

type PersonMention = Omit<NameMention, 'sentence'>;
type OrgMention = Omit<NameMention, 'sentence'>;

const BYLINE_LABELS = /^(?:author|authors|byline|writer|reporter|reporting|words)$/i;
const AGENT_VERBS = /^(?:headed|led|chaired|co-chaired|founded|co-founded|run|directed|signed|coordinated|hosted|presented|introduced|written|announced|represented|accompanied|joined|replaced|succeeded)$/i;

/**
 * People named in one sentence. A capitalised run is a person's name only with a cue: an honorific
 * ("Dr. Emmanuel Chiva"), a title right before it ("NICT president Hideyuki Tokuda"), a verb of
 * speech ("said Sari Lindblom"), an agent phrase ("headed by Euryale Chatelard") or a relative
 * clause ("Mark Jensen, who studies"). Roles come from the title before the name or an apposition
 * after it ("Antoine Petit, Chairman and CEO of CNRS").
 */
export function findPersonMentions(sentence: string, tokens: readonly Token[], orgs: readonly OrgMention[]): PersonMention[] {
  const found: PersonMention[] = [];
  const insideOrg = (token: Token): boolean => orgs.some((org) => token.start >= org.start && token.end <= org.end);
  let k = 0;
  while (k < tokens.length) {
    const first = tokens[k];
    const end = personRunEnd(tokens, k);
    if (!first || end === k || insideOrg(first)) {
      k += 1;
      continue;
    }
    const words = end - k;
    const cue = cueBefore(tokens, k, orgs) ?? cueAfter(tokens, end);
    const partOfLongerName = isNameWord(tokens, end) && !tokens[end - 1]?.possessive;
    if (cue && !partOfLongerName && (words >= 2 || cue.allowsSingle)) {
      const role = cue.role ?? roleAfter(sentence, tokens, end, orgs);
      found.push({
        kind: 'person',
        name: spanText(sentence, tokens, k, end),
        start: first.start,
        end: tokens[end - 1]?.end ?? first.end,
        rule: cue.rule,
        ...(words === 1 ? { partial: true } : {}),
        ...(role ? { role } : {}),
        ...(cue.country ? { country: cue.country } : {}),
      });
    }
    k = Math.max(end, k + 1);
  }
  return [...found, ...findTitledWithComplement(sentence, tokens)];
}

interface Cue {
  rule: string;
  allowsSingle: boolean;
  role?: { title: string; orgName?: string };
  country?: string;
}

function cueBefore(tokens: readonly Token[], k: number, orgs: readonly OrgMention[]): Cue | undefined {
  const previous = tokens[k - 1];
  if (!previous) return undefined;
  const honorificAt = previous.text === '.' ? k - 2 : k - 1;
  if (isHonorific(tokens[honorificAt]?.text ?? '') && tokens[honorificAt]?.capitalised) return { rule: 'honorific', allowsSingle: true };
  if (previous.isWord && isRoleNoun(previous.text) && !previous.possessive) return { rule: 'title', allowsSingle: false, ...titleBefore(tokens, k - 1, orgs) };
  if (previous.text === ',' && isRoleNoun(tokens[k - 2]?.text ?? '')) return { rule: 'title', allowsSingle: false, ...titleBefore(tokens, k - 2, orgs) };
  if (previous.isWord && SPEECH_VERBS.test(previous.text)) return { rule: 'speech', allowsSingle: true };
  // Bylines: "By Liam Carter", "Author: Liam Carter" at the start of a line.
  if ((k === 1 && previous.text === 'By') || (k === 2 && previous.text === ':' && BYLINE_LABELS.test(tokens[0]?.text ?? ''))) {
    return { rule: 'byline', allowsSingle: false };
  }
  if (previous.text === 'by' && AGENT_VERBS.test(tokens[k - 2]?.text ?? '')) return { rule: 'agent', allowsSingle: false };
  if (previous.text.toLowerCase() === 'to' && tokens[k - 2]?.text.toLowerCase() === 'according') return { rule: 'speech', allowsSingle: true };
  return undefined;
}

function cueAfter(tokens: readonly Token[], end: number): Cue | undefined {
  const next = tokens[end];
  if (!next) return undefined;
  if (next.isWord && SPEECH_VERBS.test(next.text)) return { rule: 'speech', allowsSingle: true };
  if (next.text === ',' && /^(?:who|whose)$/i.test(tokens[end + 1]?.text ?? '')) return { rule: 'relative', allowsSingle: false };
  return undefined;
}

/** The title that ends at `roleAt` and what it belongs to: "INRIA chief executive", "Singapore's Foreign Minister". */
function titleBefore(tokens: readonly Token[], roleAt: number, orgs: readonly OrgMention[]): { role: { title: string; orgName?: string }; country?: string } {
  let start = roleAt;
  while (start > 0) {
    const before = tokens[start - 1];
    if (!before || !before.isWord || before.possessive) break;
    const joinsRoles = before.text === 'and' && isRoleNoun(tokens[start - 2]?.text ?? '');
    // A capitalised modifier belongs to a capitalised title ("Foreign Minister"); before a lower-case
    // one it ends an organisation's name ("Chamber of Commerce and Industry head").
    const caseMatches = before.capitalised === (tokens[start]?.capitalised ?? false) || !before.capitalised;
    if ((isRoleNoun(before.text) || isRoleModifier(before.text) || joinsRoles) && caseMatches) start -= 1;
    else break;
  }
  const title = tokens.slice(start, roleAt + 1).map((t) => t.text).join(' ');
  const owner = tokens[start - 1];
  if (!owner || !owner.isWord) return { role: { title } };
  const country = countryCodeOfDemonym(owner.text) ?? (owner.possessive ? countryCodeOfName(owner.text) : undefined);
  if (country) return { role: { title }, country };
  if (!owner.capitalised || isFunctionWord(owner.text)) return { role: { title } };
  // The owner is the organisation that ends right before the title ("Franco-Russian Chamber of
  // Commerce and Industry head"), or else the capitalised words there ("INRIA chief executive").
  const org = orgs.find((o) => o.end === owner.end);
  if (org) return { role: { title, orgName: org.name } };
  let ownerStart = start - 1;
  while (ownerStart > 0) {
    const before = tokens[ownerStart - 1];
    if (before && isNameWord(tokens, ownerStart - 1) && !before.possessive) ownerStart -= 1;
    else if (before && before.text !== 'and' && isNameConnector(before.text) && !before.capitalised && isNameWord(tokens, ownerStart - 2)) ownerStart -= 2;
    else break;
  }
  const first = tokens[ownerStart];
  const orgName = first ? tokens.slice(ownerStart, start).map((t) => t.text).join(' ').replace(/^The\s+/u, '') : undefined;
  return { role: { title, ...(orgName ? { orgName } : {}) } };
}

/**
 * The role in an apposition after a name: "Dr. Emmanuel Chiva, Chief Executive of the French
 * Directorate General of Armaments" or "Mr. Chan Heng Kee, MINDEF's Permanent Secretary (Defence)".
 */
function roleAfter(sentence: string, tokens: readonly Token[], end: number, orgs: readonly OrgMention[]): { title: string; orgName?: string } | undefined {
  if (tokens[end]?.text !== ',') return undefined;
  let k = end + 1;
  let orgName: string | undefined;
  if (/^(?:a|an|the)$/i.test(tokens[k]?.text ?? '')) k += 1;
  const owner = tokens[k];
  if (owner?.possessive && owner.capitalised) {
    if (!countryCodeOfName(owner.text)) orgName = owner.text;
    k += 1;
  }
  const titleStart = k;
  let titleEnd = k;
  while (titleEnd < tokens.length) {
    const token = tokens[titleEnd];
    if (!token || !token.isWord || /^(?:of|at|in|for|who|said|and|with)$/i.test(token.text)) {
      if (token?.text === 'and' && isRoleNoun(tokens[titleEnd + 1]?.text ?? '')) {
        titleEnd += 1;
        continue;
      }
      break;
    }
    titleEnd += 1;
  }
  const titleTokens = tokens.slice(titleStart, titleEnd);
  if (!titleTokens.some((t) => isRoleNoun(t.text))) return undefined;
  let title = spanText(sentence, tokens, titleStart, titleEnd);
  if (tokens[titleEnd]?.text === '(' && tokens[titleEnd + 2]?.text === ')') {
    title = spanText(sentence, tokens, titleStart, titleEnd + 3);
  }
  if (!orgName && /^(?:of|at)$/i.test(tokens[titleEnd]?.text ?? '')) {
    const from = tokens[titleEnd]?.end ?? 0;
    const limit = tokens.slice(titleEnd).find((t) => t.text === ',' || t.text === '.' || t.text === ';')?.start ?? sentence.length;
    const inPhrase = orgs.filter((org) => org.start >= from && org.end <= limit);
    const last = inPhrase[inPhrase.length - 1];
    if (last) orgName = last.name;
    else {
      let s = titleEnd + 1;
      if (tokens[s]?.text === 'the') s += 1;
      let e = s;
      while (isNameWord(tokens, e)) e += 1;
      if (e > s) orgName = spanText(sentence, tokens, s, e);
    }
  }
  return { title, ...(orgName ? { orgName } : {}) };
}

/**
 * "Canada's Minister of Energy and Natural Resources Jonathan Wilkinson": a capitalised title with
 * an "of" complement runs straight into the name, which is then its last two words.
 */
function findTitledWithComplement(sentence: string, tokens: readonly Token[]): PersonMention[] {
  const found: PersonMention[] = [];
  tokens.forEach((token, r) => {
    if (!token.capitalised || !isRoleNoun(token.text) || tokens[r + 1]?.text !== 'of') return;
    let end = r + 2;
    while (end < tokens.length && !tokens[end - 1]?.possessive) {
      const joinsField = tokens[end]?.text === 'and' && isNameWord(tokens, end + 1) && !tokens[end + 1]?.possessive;
      if (isNameWord(tokens, end) || joinsField) end += 1;
      else break;
    }
    if (tokens[end - 1]?.possessive) return;
    const nameStart = end - 2;
    if (nameStart <= r + 2 || tokens[nameStart - 1]?.text === 'and') return;
    if (personRunEnd(tokens, nameStart) !== end) return;
    if (tokens.slice(r + 2, nameStart).some((t) => isOrgHead(t.text))) return;
    const owner = tokens[r - 1];
    const country = owner?.possessive ? countryCodeOfName(owner.text) : undefined;
    found.push({
      kind: 'person',
      name: spanText(sentence, tokens, nameStart, end),
      start: tokens[nameStart]?.start ?? 0,
      end: tokens[end - 1]?.end ?? 0,
      rule: 'title',
      role: { title: spanText(sentence, tokens, r, nameStart) },
      ...(country ? { country } : {}),
    });
  });
  return found;
}

import type { NameMention } from './name-mention';
import type { Sentence } from './split-sentences';
import { countryCodeOfDemonym, countryCodeOfName } from './country-names';
import { findAcronymDefinitions } from './find-acronym-definitions';
import { findOrgMentions } from './find-org-mentions';
import { findPersonMentions } from './find-person-mentions';
import { isNameParticle, isOrgHead } from './name-lexicon';
import { ministryOfTitle } from './ministry-of-title';
import { normaliseName } from './normalise-name';
import { slugify } from './slugify';
import { tokeniseSentence } from './tokenise-sentence';

export interface AliasProposal {
  text: string;
  strength: 'strong' | 'weak';
}

/** An organisation or person the text names, with every mention of it merged. */
export interface EntityProposal {
  key: string;
  kind: 'org' | 'person';
  name: string;
  aliases: AliasProposal[];
  description?: string;
  role?: { title: string; orgName?: string };
  country?: string;
  /** The sentence that first names it in full, verbatim. */
  evidence: string;
  /** Index of that sentence. */
  sentence: number;
  mentions: NameMention[];
}

/** Finds every name mention in the sentences (headline-style lines excepted). */
export function findNameMentions(sentences: readonly Sentence[]): NameMention[] {
  const mentions: NameMention[] = [];
  sentences.forEach((sentence, index) => {
    if (isHeadlineStyle(sentence.text)) return;
    const tokens = tokeniseSentence(sentence.text);
    const orgs = findOrgMentions(sentence.text, tokens);
    const defined = findAcronymDefinitions(sentence.text, tokens, orgs);
    const people = findPersonMentions(sentence.text, tokens, [...orgs, ...defined]);
    const ministries = people.flatMap((person) => ministryOfTitle(person, index));
    // A shorter name inside a longer one ("National Institute" in "National Institute for Digital
    // Research and Technology") is the same mention cut short by a narrower rule.
    const all = [...orgs, ...defined, ...people];
    for (const ministry of ministries) mentions.push(ministry);
    const kept = all.filter((m) => m.rule === 'host' || !all.some((o) => o !== m && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start));
    for (const mention of kept) mentions.push({ ...mention, sentence: index });
  });
  return mentions;
}

/**
 * Title-case lines ("Singapore Reaffirms Strong Ties with the US") capitalise every word, so the
 * capitalisation cues mean nothing there; their names recur in the body anyway.
 */
function isHeadlineStyle(text: string): boolean {
  if (/[.!?]["”’]?$/u.test(text)) return false;
  const words = text.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  // Short lines are credits and datelines ("Issued by CEMO Center - Paris"), written like prose.
  if (words.length < 6) return false;
  return words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/**
 * Merges name mentions into entity proposals: mentions with the same normalised name, an
 * acronym and its definition, a name with and without its leading nationality ("French
 * Directorate General of Armaments"), and a surname ("Dr. Tokuda") with the full name it shortens.
 */
export function proposeEntities(sentences: readonly Sentence[]): EntityProposal[] {
  const mentions = findNameMentions(sentences);
  const proposals: EntityProposal[] = [];
  const byName = new Map<string, EntityProposal>();
  const register = (proposal: EntityProposal, name: string): void => {
    byName.set(`${proposal.kind}|${normaliseName(name)}`, proposal);
  };

  const full = mentions.filter((m) => !m.partial && !countryCodeOfName(m.name) && !countryCodeOfDemonym(m.name));
  // Definitions first, so an acronym's expansion names the entity rather than a bare acronym.
  const ordered = [...full.filter((m) => m.rule === 'acronym'), ...full.filter((m) => m.rule !== 'acronym')];
  for (const mention of ordered) {
    const existing =
      byName.get(`${mention.kind}|${normaliseName(mention.name)}`) ??
      byName.get(`${mention.kind}|${normaliseName(withoutNationality(mention.name))}`);
    const proposal = existing ?? newProposal(mention, sentences);
    if (!existing) {
      proposals.push(proposal);
      register(proposal, proposal.name);
    }
    absorb(proposal, mention, sentences);
    for (const alias of proposal.aliases) register(proposal, alias.text);
    const bare = withoutNationality(proposal.name);
    if (bare !== proposal.name) register(proposal, bare);
  }

  for (const proposal of proposals) {
    if (proposal.kind === 'person') addSurname(proposal, mentions);
    if (proposal.kind === 'org') addShortForms(proposal);
  }
  // Persons' partial mentions count towards the person they shorten.
  return proposals.filter((p) => !(p.kind === 'person' && p.name.split(/\s+/).length < 2));
}

function newProposal(mention: NameMention, sentences: readonly Sentence[]): EntityProposal {
  return {
    key: `${mention.kind}:${slugify(mention.name)}`,
    kind: mention.kind,
    name: mention.name,
    aliases: [],
    evidence: sentences[mention.sentence]?.text ?? mention.name,
    sentence: mention.sentence,
    mentions: [],
  };
}

function absorb(proposal: EntityProposal, mention: NameMention, sentences: readonly Sentence[]): void {
  proposal.mentions.push(mention);
  // The same name with a nationality in front is the fuller name; keep the other as an alias.
  if (normaliseName(mention.name) !== normaliseName(proposal.name) && normaliseName(mention.name).endsWith(` ${normaliseName(proposal.name)}`)) {
    addAlias(proposal, { text: proposal.name, strength: 'weak' });
    proposal.name = mention.name;
  } else if (normaliseName(mention.name) !== normaliseName(proposal.name)) {
    addAlias(proposal, { text: mention.name, strength: 'weak' });
  }
  for (const alias of mention.aliases ?? []) addAlias(proposal, alias);
  if (!proposal.country && mention.country) proposal.country = mention.country;
  if (!proposal.description && mention.description) proposal.description = mention.description;
  if (!proposal.role && mention.role) {
    proposal.role = mention.role;
    // The sentence that gives the role is the better evidence for a person.
    if (proposal.kind === 'person') proposal.evidence = sentences[mention.sentence]?.text ?? proposal.evidence;
  }
  if (!proposal.description && proposal.role) {
    proposal.description = proposal.role.orgName ? `${proposal.role.title}, ${proposal.role.orgName}` : proposal.role.title;
  }
}

function addAlias(proposal: EntityProposal, alias: AliasProposal): void {
  const key = normaliseName(alias.text);
  if (key === '' || key === normaliseName(proposal.name)) return;
  const existing = proposal.aliases.find((a) => normaliseName(a.text) === key);
  if (existing) {
    if (alias.strength === 'strong') existing.strength = 'strong';
    return;
  }
  proposal.aliases.push({ ...alias });
}

/** "French Directorate General of Armaments" → "Directorate General of Armaments". */
function withoutNationality(name: string): string {
  const words = name.split(/\s+/);
  const first = words[0] ?? '';
  if (words.length >= 3 && (countryCodeOfDemonym(first) || countryCodeOfName(first)) && words.slice(1).some(isOrgHead)) {
    return words.slice(1).join(' ');
  }
  return name;
}

/**
 * Short forms a reader meets: the name without its nationality, and without a trailing "of
 * <country>" ("Cyber Security Agency of Singapore" → "Cyber Security Agency"). Both are weak: on
 * their own they may name another country's body.
 */
function addShortForms(proposal: EntityProposal): void {
  const bare = withoutNationality(proposal.name);
  if (bare !== proposal.name) addAlias(proposal, { text: bare, strength: 'weak' });
  const trailing = /^(.+?)\s+of\s+(?:the\s+)?([\p{L} ]+)$/u.exec(proposal.name);
  if (trailing?.[1] && trailing[2] && countryCodeOfName(trailing[2]) && trailing[1].split(/\s+/).some(isOrgHead) && !trailing[1].includes("@")) {
    addAlias(proposal, { text: trailing[1], strength: 'weak' });
    if (!proposal.country) proposal.country = countryCodeOfName(trailing[2]);
  }
}

/**
 * The surname is the part of the name the text uses on its own ("Mr. Chan" for Chan Heng Kee,
 * "said Giry" for Claire Giry); failing that, the last word that is not a particle or suffix.
 */
function addSurname(proposal: EntityProposal, mentions: readonly NameMention[]): void {
  const words = proposal.name.split(/\s+/);
  const used = mentions.find((m) => m.partial && m.kind === 'person' && words.includes(m.name));
  const fallback = looksFamilyNameFirst(words)
    ? words[0]
    : [...words].reverse().find((w) => !isNameParticle(w) && !/^(?:Jr|Sr|Filho|Neto|II|III)\.?$/u.test(w));
  const surname = used?.name ?? fallback;
  if (surname && surname !== proposal.name) addAlias(proposal, { text: surname, strength: 'weak' });
  for (const partial of mentions) {
    if (partial.partial && partial.name === surname) proposal.mentions.push(partial);
  }
}

/**
 * Chinese, Korean and Vietnamese names written in their own order put the family name first,
 * followed by a two-syllable given name: "Chan Heng Kee", "Lee Hsien Loong". Three short words is
 * the tell; Western three-word names rarely have a one-syllable middle and last name.
 */
function looksFamilyNameFirst(words: readonly string[]): boolean {
  return words.length === 3 && words.every((w) => /^\p{Lu}\p{Ll}{1,4}$/u.test(w)) && (words[0]?.length ?? 0) <= 4;
}

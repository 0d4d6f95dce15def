import Fuse from 'fuse.js';
import type { Agreement, Entity, SourceDate } from '../dataset-schema';
import { countMentions } from '../match/count-mentions';
import { countryCodeOfName, countryNameOfCode } from './country-names';
import type { PartyRef } from './find-party-mentions';
import { isOrgDescriptor, isOrgHead } from './name-lexicon';
import { normaliseName } from './normalise-name';
import { proposeAgreements, type AgreementProposal } from './propose-agreements';
import { proposeEntities, type EntityProposal } from './propose-entities';
import { slugify } from './slugify';
import { splitSentences, type Sentence } from './split-sentences';

export interface EntityCandidate {
  key: string;
  kind: 'org' | 'person';
  name: string;
  aliases: { text: string; strength: 'strong' | 'weak' }[];
  description?: string;
  role?: { title: string; orgName?: string };
  /** Verbatim sentence. */
  evidence: string;
  /** Already in the dataset. */
  knownEntityId?: string;
  mergeSuggestions: { entityId: string; score: number }[];
}

export interface AgreementCandidate {
  key: string;
  title: string;
  type: Agreement['type'];
  parties: { name: string; entityId?: string; candidateKey?: string }[];
  signatories: { name: string; onBehalfOf?: string }[];
  date?: SourceDate;
  evidence: string;
}

export interface ExtractionResult {
  entities: EntityCandidate[];
  agreements: AgreementCandidate[];
}

/** Fuse scores run from 0 (identical) to 1; suggest a merge only for close spellings. */
const MERGE_THRESHOLD = 0.35;
const MAX_MERGE_SUGGESTIONS = 3;

/**
 * Everything "Add this page" (and the seed build) proposes from an article's text: the known
 * entities it mentions (found by the highlighter's own matcher, so the two agree), new
 * organisations and people, and candidate agreements. A new name that equals a known entity's name
 * or alias is linked to it; one that merely looks like one is offered as a merge.
 */
export function extractCandidates(input: { text: string; publishedAt?: SourceDate }, known: { entities: Entity[]; agreements: Agreement[] }): ExtractionResult {
  const sentences = splitSentences(input.text);
  const proposals = proposeEntities(sentences);
  const counts = known.entities.length > 0 ? countMentions(known.entities, known.agreements, input.text) : {};
  const mentioned = known.entities.filter((e) => (counts[e.id] ?? 0) > 0);
  const byName = knownNameIndex(known.entities);
  const fuse = new Fuse(
    known.entities.filter((e) => e.kind !== 'country').map((e) => ({ id: e.id, kind: e.kind, names: [e.name, ...e.aliases.map((a) => a.text)] })),
    { keys: ['names'], includeScore: true, threshold: MERGE_THRESHOLD, ignoreLocation: true },
  );

  const entities: EntityCandidate[] = [];
  const keys = new Set<string>();
  const linked = new Map<string, string>();
  for (const proposal of proposals) {
    const knownId = [proposal.name, ...proposal.aliases.filter((a) => a.strength === 'strong').map((a) => a.text)]
      .map((name) => byName.get(`${proposal.kind}|${normaliseName(name)}`))
      .find((id) => id !== undefined);
    const key = uniqueKey(proposal.key, keys);
    linked.set(proposal.key, key);
    const suggestions = knownId
      ? []
      : fuse
          .search(proposal.name)
          .filter((r) => r.item.kind === proposal.kind)
          .slice(0, MAX_MERGE_SUGGESTIONS)
          .map((r) => ({ entityId: r.item.id, score: round(1 - (r.score ?? 1)) }));
    entities.push({
      key,
      kind: proposal.kind,
      name: proposal.name,
      aliases: proposal.aliases,
      ...(proposal.description ? { description: proposal.description } : {}),
      ...(proposal.role ? { role: proposal.role } : {}),
      evidence: proposal.evidence,
      ...(knownId ? { knownEntityId: knownId } : {}),
      mergeSuggestions: suggestions,
    });
  }
  for (const entity of mentioned) {
    if (entity.kind === 'country' || entities.some((c) => c.knownEntityId === entity.id)) continue;
    const evidence = firstSentenceNaming(sentences, [entity.name, ...entity.aliases.map((a) => a.text)]);
    if (!evidence) continue;
    entities.push({
      key: uniqueKey(entity.id, keys),
      kind: entity.kind,
      name: entity.name,
      aliases: entity.aliases.map((a) => ({ text: a.text, strength: a.strength })),
      description: entity.description,
      evidence,
      knownEntityId: entity.id,
      mergeSuggestions: [],
    });
  }

  const parties = partyRefs(proposals, linked, mentioned, input.text);
  const agreements = proposeAgreements(sentences, parties, input.publishedAt).map((proposal) =>
    toCandidate(proposal, proposals, known.entities),
  );
  const agreementKeys = new Set<string>();
  for (const agreement of agreements) agreement.key = uniqueKey(agreement.key, agreementKeys);
  return { entities, agreements };
}

function round(score: number): number {
  return Math.round(score * 100) / 100;
}

function uniqueKey(key: string, taken: Set<string>): string {
  let candidate = key;
  for (let n = 2; taken.has(candidate); n++) candidate = `${key}-${n}`;
  taken.add(candidate);
  return candidate;
}

function knownNameIndex(entities: readonly Entity[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases.filter((a) => a.strength === 'strong').map((a) => a.text)]) {
      const key = `${entity.kind}|${normaliseName(name)}`;
      if (!index.has(key)) index.set(key, entity.id);
    }
  }
  return index;
}

function firstSentenceNaming(sentences: readonly Sentence[], names: readonly string[]): string | undefined {
  const patterns = names.map((name) => new RegExp(`(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u'));
  return sentences.find((s) => patterns.some((p) => p.test(s.text)))?.text;
}

/** Words a definite description may use for an organisation: its head words and descriptor noun. */
function nounsOf(name: string, description: string | undefined): string[] {
  const nouns = name.split(/\s+/).filter(isOrgHead).map((w) => w.toLowerCase());
  const last = description?.split(/\s+/).pop();
  if (last && isOrgDescriptor(last)) nouns.push(last.toLowerCase());
  if (nouns.includes('laboratory') || nouns.includes('laboratories')) nouns.push('lab');
  return nouns;
}

/** Whether the text says the named body is being created: "will establish a Joint Lab". */
function isCreatedBody(proposal: EntityProposal, text: string): boolean {
  if (proposal.mentions.some((m) => m.rule === 'joint-body')) return true;
  const name = proposal.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`\\b(?:establish|set up|create|form|launch|found)(?:e?d|e?s|ing)?\\s+(?:a|an|the|new|a new)\\s+${name}`, 'iu').test(text);
}

function partyRefs(proposals: readonly EntityProposal[], linked: Map<string, string>, mentioned: readonly Entity[], text: string): PartyRef[] {
  const refs: PartyRef[] = [];
  for (const proposal of proposals) {
    const key = linked.get(proposal.key) ?? proposal.key;
    refs.push({
      ...(isCreatedBody(proposal, text) ? { createdBody: true } : {}),
      ref: key,
      kind: proposal.kind,
      name: proposal.name,
      // People sign under their full names; organisations are named by any of theirs.
      texts: proposal.kind === 'person' ? [proposal.name] : [proposal.name, ...proposal.aliases.map((a) => a.text)],
      ...(proposal.country ? { country: proposal.country } : {}),
      nouns: nounsOf(proposal.name, proposal.description),
    });
  }
  for (const entity of mentioned) {
    const country = entity.kind === 'country' ? entity.id.replace(/^country:/, '') : entity.country;
    refs.push({
      ref: entity.id,
      kind: entity.kind,
      name: entity.name,
      texts: [entity.name, ...entity.aliases.filter((a) => a.strength === 'strong').map((a) => a.text)],
      ...(country ? { country } : {}),
      nouns: nounsOf(entity.name, undefined),
      known: true,
    });
  }
  // Countries need no ref: the party finder knows them by name, and toCandidate links them to a
  // known `country:xx` entity when the dataset has one.
  return refs;
}

function toCandidate(proposal: AgreementProposal, entities: readonly EntityProposal[], known: readonly Entity[]): AgreementCandidate {
  const knownIds = new Set(known.map((e) => e.id));
  const parties = proposal.parties.map((party) => {
    if (party.kind === 'country') {
      const code = party.country ?? countryCodeOfName(party.name);
      const id = code ? `country:${code}` : undefined;
      return { name: (code && countryNameOfCode(code)) ?? party.name, ...(id && knownIds.has(id) ? { entityId: id } : {}) };
    }
    if (party.known) return { name: party.name, entityId: party.ref };
    return { name: party.name, candidateKey: party.ref };
  });
  const signatories = proposal.signatories.map(({ person }) => {
    const entity = entities.find((e) => e.name === person.name && e.kind === 'person');
    const onBehalfOf = behalfOf(entity, proposal.parties);
    return { name: person.name, ...(onBehalfOf ? { onBehalfOf } : {}) };
  });
  const title = titleOf(proposal);
  return {
    key: `agreement:${slugify(title)}`,
    title,
    type: proposal.type,
    parties,
    signatories,
    ...(proposal.date ? { date: proposal.date } : {}),
    evidence: proposal.evidence,
  };
}

/** The party a signatory acts for: the body in their title, else the party of their country. */
function behalfOf(person: EntityProposal | undefined, parties: readonly PartyRef[]): string | undefined {
  const orgName = person?.role?.orgName;
  if (orgName) {
    const key = normaliseName(orgName);
    const party = parties.find((p) => p.texts.some((t) => normaliseName(t) === key));
    return party?.name ?? orgName;
  }
  const country = person?.country;
  return country ? parties.find((p) => p.country === country && p.kind !== 'person')?.name : undefined;
}

const TYPE_LABELS: Record<Agreement['type'], string> = {
  agreement: 'agreement',
  memorandum: 'memorandum of understanding',
  'joint-lab': 'joint laboratory',
  partnership: 'partnership',
  'working-group': 'working group',
  'statement-of-cooperation': 'cooperation',
  programme: 'programme',
  membership: 'membership',
};

function shortName(party: PartyRef): string {
  const acronym = party.texts.find((t) => /^[\p{Lu}\d&-]{2,8}$/u.test(t));
  return acronym ?? party.name;
}

function titleOf(proposal: AgreementProposal): string {
  const named = proposal.parties.filter((p) => p.kind !== 'person').map(shortName);
  const label = TYPE_LABELS[proposal.type];
  if (named.length <= 3) return `${named.join('–')} ${label}`;
  return `${named.slice(0, 2).join('–')} and ${named.length - 2} others: ${label}`;
}

import type { Agreement, SourceDate } from '../dataset-schema';
import type { Sentence } from './split-sentences';
import { findPartyMentions, type PartyMention, type PartyRef } from './find-party-mentions';
import { resolveDates, type DateMention } from './resolve-dates';

export interface AgreementProposal {
  type: Agreement['type'];
  parties: PartyRef[];
  signatories: { person: PartyRef; onBehalfOf?: string }[];
  date?: SourceDate;
  /** The sentence that states the agreement, verbatim. */
  evidence: string;
  sentences: number[];
  /** How firmly the date is tied to the agreement: 2 next to a verb of making it, 1 elsewhere. */
  datePriority: number;
}

const TRIGGER = /\b(?:sign(?:s|ed|ing)?|agree(?:s|d|ing|ment|ments)?|partner(?:s|ed|ing|ship|ships)?|co-?operat(?:e|es|ed|ing|ion)|collaborat(?:e|es|ed|ing|ion)|co-?chair(?:s|ed|ing)?|memorand(?:um|a)|mou|pact|accord|treaty|deal|team(?:ed)? up|joint (?:lab|laborator(?:y|ies)|research (?:lab|laborator(?:y|ies)|centre|center)|working group|committee|commission|statement|declaration|venture|task force|body|programme|program|call)|working group|consortium|alliance|invest(?:s|ed|ing|ment|ments)? (?:\w+ )?in|(?:in|held|hold|holding) (?:talks|contact) with|(?:lead|leads|run|runs|operate|operates|host|hosts|co-lead|co-leads) the (?:\w+ )?(?:lab|laboratory|centre|center|programme|program)|(?:panel|consortium|network|coalition|cluster) of .{0,300}?(?:constituted|formed|set up|established|created|launched))\b/gi;

const TYPE_RULES: [RegExp, Agreement['type']][] = [
  [/\b(?:memorand(?:um|a)|mou)\b/i, 'memorandum'],
  [/\bjoint (?:research (?:& development |and development )?)?(?:lab|laborator(?:y|ies))\b/i, 'joint-lab'],
  [/\b(?:working group|task force|joint committee|joint commission|co-?chair)/i, 'working-group'],
  [/\bjoint (?:statement|declaration)\b/i, 'statement-of-cooperation'],
  [/\b(?:consortium|alliance|membership|joined as (?:a )?member|panel of|network of|coalition of)\b/i, 'membership'],
  [/\b(?:programme|program|initiative)\b/i, 'programme'],
  [/\b(?:agreement|pact|deal|accord|treaty)\b/i, 'agreement'],
  [/\b(?:partner|team(?:ed)? up|joint venture|invest|talks with|contact with)/i, 'partnership'],
  [/\b(?:co-?operat|collaborat)/i, 'statement-of-cooperation'],
];

/** More specific types win when sentences about one agreement disagree. */
const SPECIFICITY: Agreement['type'][] = ['joint-lab', 'working-group', 'memorandum', 'membership', 'programme', 'partnership', 'agreement', 'statement-of-cooperation'];

const CREATION = /\b(?:sign(?:ed|s)?|agreed|set up|established|formed|launched|created|founded|renewed|announced|issued|inked|concluded)\b/gi;
const NEGATION = /\b(?:not|never|no longer|refused to|declined to|failed to)\s+(?:\w+\s+){0,2}$/i;
const DENIED = /^\s*(?:[\w-]+\s+){0,4}?(?:is|was|are|were) not\b/i;
const STATES_MAKING = /\b(?:sign(?:s|ed|ing)?|agreed|set up|established|formed|launched|created|co-?chair(?:s|ed)?|renewed|memorand(?:um|a)|mou)\b/i;
/** How far (in sentences) a follow-up sentence may be from the agreement it adds to. */
const MAX_SENTENCES_APART = 3;
const ANAPHOR = /\b(?:the|this|that|its) (?:agreement|memorandum|mou|pact|deal|accord|treaty|partnership|statement|group|working group|lab|laboratory|consortium|alliance|cooperation|collaboration|arrangement|renewed agreement|renewal)\b/i;
const COUNTRY_PAIR = /\b(?:the|both|two) (?:two )?(?:countries|nations|governments|sides)\b/i;
const ORG_PAIR = /\b(?:the|both) (?:two )?(?:institutions|agencies|firms|companies|organi[sz]ations|partners|universities|institutes|groups|bodies|ministries)\b/i;
const ONE_ORG = /\bthe (institute|university|agency|foundation|ministry|centre|center|company|firm|group|lab|laboratory|academy|council)\b/gi;

/**
 * Agreements stated in the text: sentences where two or more parties sign, agree, partner,
 * cooperate, co-chair or form a joint body. Parties are the organisations and countries named in
 * the sentence, or those "the two countries" / "the institute" refer back to. A following sentence about "the agreement" (or with a
 * trigger but no parties of its own) adds its signatories and date to the same agreement, and
 * proposals with the same parties, or the same countries behind them, are merged.
 */
export function proposeAgreements(sentences: readonly Sentence[], parties: readonly PartyRef[], publishedAt?: SourceDate): AgreementProposal[] {
  const proposals: AgreementProposal[] = [];
  const history: PartyMention[][] = [];
  let last: { proposal: AgreementProposal; sentence: number } | undefined;

  let pending: { sentence: number; text: string; dates: DateMention[]; triggers: number[] } | undefined;

  sentences.forEach((sentence, index) => {
    const text = sentence.text;
    const mentions = findPartyMentions(text, parties);
    history.push(mentions);
    const triggers = [...text.matchAll(TRIGGER)].filter((m) => !NEGATION.test(text.slice(0, m.index)) && !DENIED.test(text.slice(m.index + m[0].length)));
    if (triggers.length === 0) return;

    const actors = pickParties(text, mentions, history, index, last?.proposal);
    const people = mentions.filter((m) => m.party.kind === 'person').map((m) => m.party);
    const dates = resolveDates(text, publishedAt);
    const near = last !== undefined && index - last.sentence <= MAX_SENTENCES_APART;
    // "The agreement was signed ...", "Under the partnership, ...": more about the agreement just stated.
    const anaphoric = triggers.every((t) => /\b(?:the|this|that|its)\s+$/i.test(text.slice(0, t.index)));
    const continues = near && last && (ANAPHOR.test(text) || actors.length === 0 || sameParties(actors, last.proposal.parties));

    const principals = actors.filter((a) => !isJointBody(a));
    const matching = principals.length >= 2 ? proposals.find((p) => sameParties(actors, p.parties)) : undefined;

    let proposal: AgreementProposal;
    if (continues && last && !matching) {
      proposal = last.proposal;
      addParties(proposal, actors, true);
      proposal.sentences.push(index);
    } else if (principals.length >= 2 && (!anaphoric || matching)) {
      const existing = matching;
      proposal = existing ?? { type: 'agreement', parties: [], signatories: [], evidence: sentence.text, sentences: [], datePriority: 0 };
      if (!existing) {
        proposal.type = typeOf(text) ?? 'agreement';
        proposals.push(proposal);
      }
      addParties(proposal, actors, existing !== undefined);
      proposal.sentences.push(index);
      // "Five universities have formed a consortium, the partners announced on Monday." followed by
      // the sentence naming them: the earlier sentence dates the agreement.
      if (!existing && pending && index - pending.sentence <= 2) chooseDate(proposal, pending.text, pending.dates, pending.triggers);
    } else {
      if (actors.length === 0) pending = { sentence: index, text, dates, triggers: triggers.map((t) => t.index) };
      return;
    }
    const type = typeOf(text);
    if (type && SPECIFICITY.indexOf(type) < SPECIFICITY.indexOf(proposal.type)) proposal.type = type;
    if (/\b(?:sign(?:s|ed|ing)?|co-?chair(?:s|ed|ing)?|inked|represented)\b/i.test(text)) addSignatories(proposal, people);
    chooseDate(proposal, text, dates, triggers.map((t) => t.index));
    if (strength(text) > strength(proposal.evidence)) proposal.evidence = sentence.text;
    last = { proposal, sentence: index };
  });
  return proposals;
}

/** How plainly a sentence states an agreement: one that says it was made beats one that alludes to it. */
function strength(text: string): number {
  return (STATES_MAKING.test(text) ? 2 : 0) + (/\b(?:is|was|are|were) not\b/i.test(text) ? -1 : 0);
}

function pickParties(text: string, mentions: readonly PartyMention[], history: readonly PartyMention[][], index: number, previous: AgreementProposal | undefined): PartyRef[] {
  const actors: PartyRef[] = [];
  const add = (party: PartyRef): void => {
    if (!actors.some((a) => a.ref === party.ref)) actors.push(party);
  };
  const orgs = mentions.filter((m) => m.party.kind === 'org');
  // "the European Commission's Joint Research Centre": the owner of a party is not another party.
  const owns = (m: PartyMention): boolean => m.possessive && orgs.some((o) => o !== m && o.start > m.end && o.start - m.end <= 4);
  for (const m of orgs) if (!owns(m)) add(m.party);
  for (const m of mentions) {
    if (m.party.kind !== 'country') continue;
    // "France's Ministry of the Armed Forces": the country owns a party, it is not another one.
    if (!owns(m)) add(m.party);
  }
  // "the institute has formed a partnership with ...": the last such organisation named before.
  for (const match of text.matchAll(ONE_ORG)) {
    const noun = (match[1] ?? '').toLowerCase();
    const referent = recentOrg(history, index, noun, actors);
    if (referent) add(referent);
  }
  if (COUNTRY_PAIR.test(text)) {
    for (let back = index - 1; back >= 0 && back >= index - 4; back--) {
      const countries = unique((history[back] ?? []).filter((m) => m.party.kind === 'country').map((m) => m.party));
      if (countries.length >= 2) {
        countries.forEach(add);
        break;
      }
    }
  }
  if (ORG_PAIR.test(text) && previous && actors.length < 2) previous.parties.forEach(add);
  // Countries alongside two organisations are where the organisations are, not parties.
  const orgCount = actors.filter((a) => a.kind === 'org').length;
  return orgCount >= 2 ? actors.filter((a) => a.kind === 'org') : actors;
}

function recentOrg(history: readonly PartyMention[][], index: number, noun: string, exclude: readonly PartyRef[]): PartyRef | undefined {
  for (let back = index - 1; back >= 0 && back >= index - 5; back--) {
    const mentions = [...(history[back] ?? [])].reverse();
    const found = mentions.find((m) => m.party.kind === 'org' && (m.party.nouns ?? []).includes(noun) && !exclude.some((e) => e.ref === m.party.ref));
    if (found) return found.party;
  }
  return undefined;
}

function unique(parties: readonly PartyRef[]): PartyRef[] {
  return parties.filter((p, i) => parties.findIndex((q) => q.ref === p.ref) === i);
}

/** Type words are read in lower case only, so names ("Program Systems Institute") do not count. */
function typeOf(text: string): Agreement['type'] | undefined {
  if (/\b(?:MoU|MOU)\b/.test(text)) return 'memorandum';
  const common = text.replace(/(?<![.!?]\s|^)\b\p{Lu}[\p{L}&@-]*/gu, (word) => ' '.repeat(word.length));
  return TYPE_RULES.find(([pattern]) => pattern.test(common))?.[1];
}

/** The countries behind a set of parties: a country stands for itself, an organisation for its country. */
function countriesOf(parties: readonly PartyRef[]): string[] | undefined {
  const codes = parties.map((p) => p.country);
  if (codes.some((c) => c === undefined)) return undefined;
  return [...new Set(codes as string[])].sort();
}

/**
 * Same parties, one set inside the other, or countries that agree and the bodies of those same
 * countries that act for them ("France and Singapore agreed" / "MOAF and MINDEF will partner").
 */
function sameParties(a: readonly PartyRef[], b: readonly PartyRef[]): boolean {
  // The joint body an agreement creates ("joint working group on ...") says nothing about who made it.
  a = a.filter((p) => !isJointBody(p));
  b = b.filter((p) => !isJointBody(p));
  const refsA = new Set(a.map((p) => p.ref));
  const refsB = new Set(b.map((p) => p.ref));
  const inside = (x: Set<string>, y: Set<string>): boolean => [...x].every((r) => y.has(r));
  if (refsA.size >= 2 && refsB.size >= 2 && (inside(refsA, refsB) || inside(refsB, refsA))) return true;
  const countriesOnly = (parties: readonly PartyRef[]): boolean => parties.every((p) => p.kind === 'country');
  if (!countriesOnly(a) && !countriesOnly(b)) return false;
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  return ca !== undefined && cb !== undefined && ca.length >= 2 && ca.join() === cb.join();
}

function addSignatories(proposal: AgreementProposal, people: readonly PartyRef[]): void {
  for (const person of people) {
    if (proposal.signatories.some((s) => s.person.ref === person.ref)) continue;
    proposal.signatories.push({ person });
  }
}

function chooseDate(proposal: AgreementProposal, text: string, dates: readonly DateMention[], triggers: readonly number[]): void {
  const creations = [...text.matchAll(CREATION)].map((m) => m.index);
  for (const date of dates) {
    const tied = creations.some((at) => at < date.start && date.start - at <= 60) || triggers.some((at) => Math.abs(at - date.start) <= 40);
    const priority = tied ? 2 : 1;
    if (priority > proposal.datePriority) {
      proposal.date = date.date;
      proposal.datePriority = priority;
    }
  }
}

function isJointBody(party: PartyRef): boolean {
  return party.createdBody === true;
}

/**
 * Adds parties not there yet. In a sentence that returns to a known agreement, a country whose
 * body is already a party ("signed by Canada's Minister ..." after "Natural Resources Canada
 * agreed") is that body again, not one more party.
 */
function addParties(proposal: AgreementProposal, actors: readonly PartyRef[], returning: boolean): void {
  for (const party of actors) {
    if (proposal.parties.some((p) => p.ref === party.ref)) continue;
    const represented = party.kind === 'country' && proposal.parties.some((p) => p.kind === 'org' && p.country === party.country);
    if (returning && represented) continue;
    proposal.parties.push(party);
  }
}

import type { Signatory } from '../dataset-schema';
import { normaliseName } from '../extract/normalise-name';
import type { AgreementReview, ReviewState } from './review-state';

export interface ResolvedParty {
  /** The name to show: the reader's corrected name when the party is a reviewed candidate. */
  name: string;
  entityId: string | null;
  /** Why the party has no entity: the reader dropped it, or the dataset does not know it. */
  lost?: 'dropped' | 'unknown';
  /** The same in plain words ("Azores Centre for Ocean Data was dropped"). */
  problem?: string;
}

export interface ResolvedAgreement {
  review: AgreementReview;
  parties: ResolvedParty[];
  /** Distinct entity ids of the parties that have one, in the source's order. */
  partyIds: string[];
  signatories: Signatory[];
  /** Whether it will be saved: accepted by the reader and still with two parties. */
  included: boolean;
  /** Why an accepted agreement will not be saved, shown beside it. */
  droppedBecause?: string;
}

function resolveParty(state: ReviewState, ids: ReadonlyMap<string, string>, party: AgreementReview['candidate']['parties'][number]): ResolvedParty {
  if (party.candidateKey !== undefined) {
    const entity = state.entities.find((e) => e.key === party.candidateKey);
    if (!entity) return { name: party.name, entityId: null, lost: 'unknown', problem: `${party.name} is not among the candidates` };
    if (!entity.included) return { name: entity.name, entityId: null, lost: 'dropped', problem: `${entity.name} was dropped` };
    return { name: entity.name, entityId: ids.get(entity.key) ?? null };
  }
  if (party.entityId !== undefined) {
    // A known party the reader unlinked from this article is as good as dropped.
    const linked = state.entities.find((e) => e.candidate.knownEntityId === party.entityId);
    if (linked && !linked.included) return { name: linked.name, entityId: null, lost: 'dropped', problem: `${linked.name} was dropped` };
    return { name: party.name, entityId: party.entityId };
  }
  return { name: party.name, entityId: null, lost: 'unknown', problem: `${party.name} is not in your dataset` };
}

function resolveSignatories(state: ReviewState, ids: ReadonlyMap<string, string>, review: AgreementReview, parties: ResolvedParty[]): Signatory[] {
  const signatories: Signatory[] = [];
  for (const signatory of review.candidate.signatories) {
    const key = normaliseName(signatory.name);
    const person = state.entities.find((e) => e.included && e.kind === 'person' && normaliseName(e.candidate.name) === key);
    const personId = person ? ids.get(person.key) : undefined;
    const partyIndex = review.candidate.parties.findIndex((p) => p.name === signatory.onBehalfOf);
    const onBehalfOf = partyIndex >= 0 ? parties[partyIndex]?.entityId : null;
    // A signatory is saved only when both the person and the party they signed for are.
    if (personId && onBehalfOf && !signatories.some((s) => s.personId === personId)) signatories.push({ personId, onBehalfOf });
  }
  return signatories;
}

/**
 * Each agreement candidate with its parties mapped to entity ids (`ids` from allocateEntityIds):
 * known ids, or the ids accepted new entities will get. An agreement left with fewer than two
 * parties (one was dropped, is unknown, or two merged into one) is not saved, and says why.
 */
export function resolveAgreements(state: ReviewState, ids: ReadonlyMap<string, string>): ResolvedAgreement[] {
  return state.agreements.map((review) => {
    const parties = review.candidate.parties.map((party) => resolveParty(state, ids, party));
    const partyIds = [...new Set(parties.flatMap((p) => (p.entityId ? [p.entityId] : [])))];
    const signatories = resolveSignatories(state, ids, review, parties);
    if (!review.included) return { review, parties, partyIds, signatories, included: false };
    if (partyIds.length >= 2) return { review, parties, partyIds, signatories, included: true };
    const problems = parties.flatMap((p) => (p.problem ? [p.problem] : []));
    const droppedBecause =
      problems.length > 0
        ? `Not saved: an agreement needs two parties, and ${problems.join(', ')}.`
        : 'Not saved: an agreement needs two parties, and its parties are now the same entity.';
    return { review, parties, partyIds, signatories, included: false, droppedBecause };
  });
}

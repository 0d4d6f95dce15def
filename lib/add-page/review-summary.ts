import type { ResolvedAgreement } from './resolve-agreements';
import type { ReviewState } from './review-state';

export interface ReviewSummary {
  /** New organisations and people the save adds. */
  newEntities: number;
  /** Candidates linked to an entity the dataset has, recognised or merged by the reader. */
  linked: number;
  agreements: number;
  /** Candidates and agreements left out, by the reader or for want of a party. */
  dropped: number;
  /** What the save button counts: everything saved besides the article itself. */
  total: number;
}

export function summariseReview(state: ReviewState, agreements: readonly ResolvedAgreement[]): ReviewSummary {
  let newEntities = 0;
  let linked = 0;
  let dropped = 0;
  for (const entity of state.entities) {
    if (!entity.included) dropped++;
    else if (entity.mergeInto === null) newEntities++;
    else linked++;
  }
  const saved = agreements.filter((agreement) => agreement.included).length;
  dropped += agreements.length - saved;
  return { newEntities, linked, agreements: saved, dropped, total: newEntities + linked + saved };
}

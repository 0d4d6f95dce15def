import { useId } from 'preact/hooks';
import { AGREEMENT_TYPE_LABELS } from '../../lib/add-page/agreement-type-labels';
import type { ResolvedAgreement, ResolvedParty } from '../../lib/add-page/resolve-agreements';
import type { ReviewAction } from '../../lib/add-page/review-state';
import { formatSourceDate } from '../../lib/query/format-source-date';

export interface AgreementCandidateItemProps {
  agreement: ResolvedAgreement;
  onAction(action: ReviewAction): void;
}

const LOST_WORDS: Record<NonNullable<ResolvedParty['lost']>, string> = { dropped: ' (dropped)', unknown: ' (not in your dataset)' };

/** One proposed agreement: its parties as the review leaves them, signatories, date, evidence and a keep/drop toggle. */
export function AgreementCandidateItem({ agreement, onAction }: AgreementCandidateItemProps) {
  const baseId = useId();
  const { candidate } = agreement.review;
  const status = agreement.included
    ? 'Will be saved.'
    : agreement.droppedBecause ?? 'Dropped: it will not be saved.';
  return (
    <li class={`bs-candidate${agreement.included ? '' : ' bs-candidate--dropped'}`}>
      <div class="bs-candidate__head">
        <label class="bs-candidate__toggle">
          <input
            type="checkbox"
            checked={agreement.review.included}
            aria-describedby={`${baseId}-status`}
            onChange={(event) => onAction({ type: event.currentTarget.checked ? 'acceptAgreement' : 'dropAgreement', key: agreement.review.key })}
          />
          <span class="bs-candidate__name">{candidate.title}</span>
        </label>
      </div>
      <p id={`${baseId}-status`} class={agreement.droppedBecause ? 'bs-candidate__reason' : 'bs-meta'}>
        {status}
      </p>
      <p class="bs-agreement__line">
        <span class="bs-agreement__label">{AGREEMENT_TYPE_LABELS[candidate.type]}</span>
        {candidate.date ? `, ${formatSourceDate(candidate.date)}` : null}
      </p>
      <p class="bs-agreement__line">
        <span class="bs-agreement__label">Parties: </span>
        {agreement.parties.map((party, index) => (
          <span key={index} class={party.entityId ? undefined : 'bs-candidate__lost'}>
            {index > 0 ? '; ' : null}
            {party.name}
            {party.lost ? LOST_WORDS[party.lost] : null}
          </span>
        ))}
      </p>
      {candidate.signatories.length > 0 ? (
        <p class="bs-agreement__line">
          <span class="bs-agreement__label">Signed by: </span>
          {candidate.signatories.map((s) => (s.onBehalfOf ? `${s.name} for ${s.onBehalfOf}` : s.name)).join('; ')}
        </p>
      ) : null}
      <figure class="bs-evidence">
        <blockquote class="bs-evidence__quote">{candidate.evidence}</blockquote>
        <figcaption class="bs-evidence__source">— from this page</figcaption>
      </figure>
    </li>
  );
}

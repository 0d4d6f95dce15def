import type { AgreementView } from '../lib/query/agreement-view';
import { EntityChips } from './entity-chips';
import { EvidenceQuote } from './evidence-quote';

export interface AgreementDetailsProps {
  agreement: AgreementView;
  onSelectEntity(entityId: string): void;
  /** All quotes in the entity view; the first is enough on the timeline. */
  allEvidence?: boolean;
  headingLevel?: 3 | 4;
  /** The timeline prints the date beside the item already. */
  showDate?: boolean;
}

/** One agreement: title, type and date, parties, signatories and the quotes that prove it. */
export function AgreementDetails({ agreement, onSelectEntity, allEvidence = false, headingLevel = 4, showDate = true }: AgreementDetailsProps) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const evidence = allEvidence ? agreement.evidence : agreement.evidence.slice(0, 1);
  return (
    <article class="bs-agreement">
      <Heading class="bs-agreement__title">{agreement.title}</Heading>
      <p class="bs-meta">
        {agreement.typeLabel} · {agreement.status}
        {showDate ? ` · ${agreement.date ? agreement.date.text : 'date not given'}` : null}
      </p>
      <p class="bs-agreement__line">
        <span class="bs-agreement__label">Parties: </span>
        <EntityChips entities={agreement.parties} onSelect={onSelectEntity} />
      </p>
      {agreement.signatories.length > 0 ? (
        <p class="bs-agreement__line">
          <span class="bs-agreement__label">Signed by: </span>
          {agreement.signatories.map((signatory, index) => (
            <span key={`${signatory.person.id}-${signatory.onBehalfOf.id}`}>
              {index > 0 ? '; ' : null}
              <button type="button" class="bs-link-button" onClick={() => onSelectEntity(signatory.person.id)}>
                {signatory.person.name}
              </button>{' '}
              (for {signatory.onBehalfOf.name})
            </span>
          ))}
        </p>
      ) : null}
      <p class="bs-agreement__summary">{agreement.summary}</p>
      {evidence.map((item, index) => (
        <EvidenceQuote key={index} evidence={item} />
      ))}
    </article>
  );
}

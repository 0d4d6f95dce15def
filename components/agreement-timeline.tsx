import { useId } from 'preact/hooks';
import type { PageAgreement } from '../lib/query/page-agreements';
import { AgreementDetails } from './agreement-details';

export interface AgreementTimelineProps {
  /** As `pageAgreements` orders them: co-mentioned first, each group oldest first. */
  agreements: PageAgreement[];
  onSelectEntity(entityId: string): void;
}

/**
 * Agreements linking entities on the page as a timeline in two runs: those between two entities
 * both named here (what the page is probably about), then the rest of the context.
 */
export function AgreementTimeline({ agreements, onSelectEntity }: AgreementTimelineProps) {
  const baseId = useId();
  const runs = [
    { key: 'between', title: 'Between entities on this page', items: agreements.filter((agreement) => agreement.coMentioned) },
    { key: 'involving', title: 'Involving entities on this page', items: agreements.filter((agreement) => !agreement.coMentioned) },
  ].filter((run) => run.items.length > 0);
  if (runs.length === 0) return <p class="bs-empty-note">No known agreements involve the entities on this page.</p>;
  return (
    <div class="bs-timeline">
      {runs.map((run) => (
        <section key={run.key} class="bs-section" aria-labelledby={`${baseId}-${run.key}`}>
          <h3 id={`${baseId}-${run.key}`} class="bs-section__title">
            {run.title}
          </h3>
          <ol class="bs-timeline__list">
            {run.items.map((agreement) => (
              <li key={agreement.id} class="bs-timeline__item">
                <p class="bs-timeline__date">
                  {agreement.date?.value && !agreement.date.value.startsWith('--') ? (
                    <time dateTime={agreement.date.value}>{agreement.date.text}</time>
                  ) : (
                    (agreement.date?.text ?? 'Date not given')
                  )}
                </p>
                <AgreementDetails agreement={agreement} onSelectEntity={onSelectEntity} showDate={false} />
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

import { useId } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { EntityCardData } from '../lib/query/entity-card';
import { EvidenceQuote } from './evidence-quote';
import { KindBadge } from './kind-badge';
import { plural } from './plural';

export interface HoverCardProps {
  card: EntityCardData;
  onClose(): void;
  onOpenSidePanel(entityId: string): void;
}

/** A card is a preview: three agreements fit without scrolling; the side panel has the rest. */
export const CARD_AGREEMENT_LIMIT = 3;

/**
 * The hover card: who this is, what they signed, and one sentence that proves it, like a Wikipedia
 * page preview. Its root is the positioned element (the content script places it with Floating
 * UI) and can take focus, so a keyboard user reaches it and Escape closes it.
 */
export function HoverCard({ card, onClose, onOpenSidePanel }: HoverCardProps) {
  const headingId = useId();
  const shown = card.agreements.slice(0, CARD_AGREEMENT_LIMIT);
  const more = card.agreements.length - shown.length;
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onClose();
    }
  };
  return (
    <section role="dialog" aria-labelledby={headingId} class="bs-root bs-card" tabIndex={-1} onKeyDown={onKeyDown}>
      <header class="bs-card__header">
        <h2 id={headingId} class="bs-card__name">
          {card.name}
        </h2>
        <KindBadge kind={card.kind} />
      </header>
      <p class="bs-card__description">{card.description}</p>
      {shown.length > 0 ? (
        <section class="bs-card__section" aria-label="Agreements">
          <h3 class="bs-card__label">Agreements</h3>
          <ul class="bs-card__agreements">
            {shown.map((agreement) => (
              <li key={agreement.id} class="bs-card__agreement">
                <span class="bs-card__agreement-title">{agreement.title}</span>
                <span class="bs-meta">
                  {agreement.typeLabel}
                  {' · '}
                  {agreement.date ? agreement.date.text : 'date not given'}
                </span>
                {agreement.counterparties.length > 0 ? <span class="bs-meta">With {agreement.counterparties.join(', ')}</span> : null}
                {agreement.signatories.length > 0 ? <span class="bs-meta">Signed by {agreement.signatories.join('; ')}</span> : null}
              </li>
            ))}
          </ul>
          {more > 0 ? <p class="bs-meta">{plural(more, 'more agreement')} in the side panel</p> : null}
        </section>
      ) : null}
      {card.evidence ? <EvidenceQuote evidence={card.evidence} /> : null}
      <footer class="bs-card__footer">
        <span class="bs-meta">Mentioned in {plural(card.articleCount, 'article')}</span>
        <button type="button" class="bs-button" onClick={() => onOpenSidePanel(card.id)}>
          Open in side panel
        </button>
      </footer>
    </section>
  );
}

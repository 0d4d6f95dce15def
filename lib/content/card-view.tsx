import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { render } from 'preact';
import { HoverCard } from '../../components/hover-card';
import type { PageMention } from '../dom/page-highlighter';
import type { EntityCardData } from '../query/entity-card';
import { createCardHost, type CardHost } from './card-host';

export interface CardView {
  show(mention: PageMention, card: EntityCardData, options: { viaKeyboard: boolean }): void;
  hide(): void;
  contains(target: EventTarget | null): boolean;
  isOwnUi(element: Element): boolean;
  announce(text: string): void;
  destroy(): void;
}

/** A virtual element for Floating UI whose boxes are those of the mention, read when asked. */
function rangeReference(document: Document, mention: PageMention) {
  const measure = () => {
    const range = document.createRange();
    try {
      range.setStart(mention.range.startContainer, mention.range.startOffset);
      range.setEnd(mention.range.endContainer, mention.range.endOffset);
      return { box: range.getBoundingClientRect(), rects: [...range.getClientRects()] };
    } catch {
      return { box: new DOMRect(), rects: [] };
    } finally {
      range.detach();
    }
  };
  return {
    getBoundingClientRect: () => measure().box,
    getClientRects: () => measure().rects,
    contextElement: mention.range.startContainer.parentElement ?? undefined,
  };
}

/**
 * The hover card in the page: a shadow-root host created on first use, a Preact render of
 * <HoverCard>, positioned below the mention (above when there is no room) by Floating UI, kept in
 * place while the page scrolls, never over the mention.
 */
export function createCardView(document: Document, css: string, callbacks: { onOpenSidePanel(entityId: string): void }): CardView {
  let host: CardHost | null = null;
  let stopFollowing: (() => void) | null = null;
  let returnFocus: Element | null = null;

  const ensureHost = () => (host ??= createCardHost(document, css));

  function hide(): void {
    stopFollowing?.();
    stopFollowing = null;
    if (host) render(null, host.container);
    if (returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }

  function show(mention: PageMention, card: EntityCardData, { viaKeyboard }: { viaKeyboard: boolean }): void {
    const { container } = ensureHost();
    stopFollowing?.();
    if (viaKeyboard && returnFocus === null) returnFocus = document.activeElement;
    render(
      <HoverCard
        card={card}
        onClose={hide}
        onOpenSidePanel={() => callbacks.onOpenSidePanel(card.id)}
      />,
      container,
    );
    const floating = container.firstElementChild as HTMLElement | null;
    if (!floating) return;
    floating.style.position = 'fixed';
    const reference = rangeReference(document, mention);
    const place = () =>
      void computePosition(reference, floating, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({ padding: 8, apply: ({ availableHeight }) => floating.style.setProperty('max-height', `${Math.max(160, availableHeight)}px`) }),
        ],
      }).then(({ x, y }) => {
        floating.style.left = `${x}px`;
        floating.style.top = `${y}px`;
      });
    stopFollowing = autoUpdate(reference, floating, place, { animationFrame: false });
    if (viaKeyboard) floating.focus({ preventScroll: true });
  }

  return {
    show,
    hide,
    contains: (target) => host !== null && target instanceof Node && (target === host.host || host.root.contains(target)),
    isOwnUi: (element) => element === host?.host,
    announce: (text) => ensureHost().announce(text),
    destroy() {
      hide();
      host?.destroy();
      host = null;
    },
  };
}

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
  let stopWatchingFocus: (() => void) | null = null;

  const ensureHost = () => (host ??= createCardHost(document, css));

  /** `restoreFocus`: give focus back to where it was before a keyboard open (not when the reader moved it). */
  function close(restoreFocus: boolean): void {
    stopWatchingFocus?.();
    stopWatchingFocus = null;
    stopFollowing?.();
    stopFollowing = null;
    if (host) render(null, host.container);
    if (restoreFocus && returnFocus instanceof HTMLElement && returnFocus.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  }
  const hide = () => close(true);

  /**
   * A card opened from the keyboard has no pointer to leave it and the hover controller does not
   * track it: it closes when focus leaves it (Shift+Tab back to the page, a click elsewhere),
   * leaving focus where the reader put it.
   */
  function watchFocus(current: CardHost): () => void {
    const controller = new AbortController();
    const view = document.defaultView!;
    current.root.addEventListener(
      'focusout',
      () =>
        // Focus moving within the card passes through no element outside it: check once it settled.
        view.setTimeout(() => {
          if (!controller.signal.aborted && current.root.activeElement === null) close(false);
        }, 0),
      { signal: controller.signal },
    );
    return () => controller.abort();
  }

  function show(mention: PageMention, card: EntityCardData, { viaKeyboard }: { viaKeyboard: boolean }): void {
    const current = ensureHost();
    const { container } = current;
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
    if (viaKeyboard) {
      floating.focus({ preventScroll: true });
      stopWatchingFocus ??= watchFocus(current);
    } else {
      // The pointer took the card over: the hover controller closes it from now on.
      stopWatchingFocus?.();
      stopWatchingFocus = null;
    }
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

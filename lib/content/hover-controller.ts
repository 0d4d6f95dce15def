import { hoverIntent, nextDeadline, type HoverState } from '../hover-intent';
import type { PageHighlighter, PageMention } from '../dom/page-highlighter';

export interface HoverControllerOptions {
  document: Document;
  highlighter: () => PageHighlighter | null;
  /** The card's element, once shown, to tell pointer-on-card from pointer-away. */
  isCard(target: EventTarget | null): boolean;
  show(mention: PageMention): void;
  hide(): void;
  signal: AbortSignal;
}

const sameMention = (a: PageMention, b: PageMention) => a.range === b.range;

/**
 * Pointer tracking for the hover card: pointer moves are coalesced to one hit test per animation
 * frame (each costs a caret lookup and a binary search) and fed, with the card's own enter and
 * leave, through the hover-intent reducer.
 */
export function createHoverController(options: HoverControllerOptions): { dismiss(): void } {
  const { document, signal } = options;
  const view = document.defaultView!;
  let state: HoverState<PageMention> = { phase: 'idle' };
  let shown: PageMention | null = null;
  let timer: number | undefined;
  let frame: number | undefined;
  let lastPoint: { x: number; y: number; target: EventTarget | null } | null = null;

  function apply(next: HoverState<PageMention>): void {
    state = next;
    const target = state.phase === 'open' || state.phase === 'closing' ? state.target : null;
    if (target !== shown) {
      shown = target;
      if (target) options.show(target);
      else options.hide();
    }
    view.clearTimeout(timer);
    const deadline = nextDeadline(state);
    if (deadline !== null) {
      timer = view.setTimeout(() => apply(hoverIntent(state, { type: 'tick', now: performance.now() }, sameMention)), Math.max(0, deadline - performance.now()));
    }
  }

  function onFrame(): void {
    frame = undefined;
    const point = lastPoint;
    if (!point) return;
    const now = performance.now();
    if (options.isCard(point.target)) {
      apply(hoverIntent(state, { type: 'enterCard' }, sameMention));
      return;
    }
    const mention = options.highlighter()?.hitTest(point.x, point.y) ?? null;
    // Off the mention and off the card: both start the same grace period.
    apply(hoverIntent(state, mention ? { type: 'enterMention', target: mention, now } : { type: 'leaveMention', now }, sameMention));
  }

  document.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      lastPoint = { x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? event.target };
      frame ??= view.requestAnimationFrame(onFrame);
    },
    { passive: true, capture: true, signal },
  );
  document.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && state.phase !== 'idle') apply(hoverIntent(state, { type: 'dismiss' }, sameMention));
    },
    { capture: true, signal },
  );
  signal.addEventListener('abort', () => {
    view.clearTimeout(timer);
    if (frame !== undefined) view.cancelAnimationFrame(frame);
  });

  return {
    dismiss() {
      apply(hoverIntent(state, { type: 'dismiss' }, sameMention));
    },
  };
}

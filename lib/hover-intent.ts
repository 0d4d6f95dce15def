/**
 * Hover intent as a pure reducer, after MediaWiki's page previews: the card opens only when the
 * pointer rests on a name, and stays while the pointer travels from the name to the card.
 */

/** Long enough to ignore a pointer sweeping across the text, short enough to feel immediate. */
export const OPEN_DELAY_MS = 150;
/** Time to cross the gap between a name and its card without the card vanishing. */
export const CLOSE_GRACE_MS = 300;

export type HoverState<M> =
  | { phase: 'idle' }
  | { phase: 'pending'; target: M; openAt: number }
  | { phase: 'open'; target: M }
  | { phase: 'closing'; target: M; closeAt: number };

export type HoverEvent<M> =
  | { type: 'enterMention'; target: M; now: number }
  | { type: 'leaveMention'; now: number }
  | { type: 'enterCard' }
  | { type: 'leaveCard'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'dismiss' };

export function hoverIntent<M>(state: HoverState<M>, event: HoverEvent<M>, same: (a: M, b: M) => boolean): HoverState<M> {
  switch (event.type) {
    case 'enterMention':
      if ((state.phase === 'open' || state.phase === 'closing') && same(state.target, event.target)) return { phase: 'open', target: state.target };
      if (state.phase === 'pending' && same(state.target, event.target)) return state;
      return { phase: 'pending', target: event.target, openAt: event.now + OPEN_DELAY_MS };
    case 'leaveMention':
      if (state.phase === 'pending') return { phase: 'idle' };
      if (state.phase === 'open') return { phase: 'closing', target: state.target, closeAt: event.now + CLOSE_GRACE_MS };
      return state;
    case 'enterCard':
      return state.phase === 'closing' ? { phase: 'open', target: state.target } : state;
    case 'leaveCard':
      return state.phase === 'open' ? { phase: 'closing', target: state.target, closeAt: event.now + CLOSE_GRACE_MS } : state;
    case 'tick':
      if (state.phase === 'pending' && event.now >= state.openAt) return { phase: 'open', target: state.target };
      if (state.phase === 'closing' && event.now >= state.closeAt) return { phase: 'idle' };
      return state;
    case 'dismiss':
      return { phase: 'idle' };
  }
}

/** When the reducer next needs a tick, or null when nothing is scheduled. */
export function nextDeadline<M>(state: HoverState<M>): number | null {
  if (state.phase === 'pending') return state.openAt;
  if (state.phase === 'closing') return state.closeAt;
  return null;
}

/**
 * Runs `callback` when the page is idle, or after `timeoutMs` at the latest. Returns a cancel
 * function. Falls back to a short timer where `requestIdleCallback` is missing (Safari), which still
 * gathers a burst of mutations into one batch.
 */
export function requestIdle(view: Window | null, callback: () => void, timeoutMs: number): () => void {
  if (view !== null && typeof view.requestIdleCallback === 'function') {
    const handle = view.requestIdleCallback(() => callback(), { timeout: timeoutMs });
    return () => view.cancelIdleCallback(handle);
  }
  const setTimer = view?.setTimeout.bind(view) ?? globalThis.setTimeout;
  const clearTimer = view?.clearTimeout.bind(view) ?? globalThis.clearTimeout;
  const handle = setTimer(callback, IDLE_FALLBACK_DELAY_MS);
  return () => clearTimer(handle);
}

/** Long enough to gather a burst of DOM changes (one framework render), short enough to feel instant. */
const IDLE_FALLBACK_DELAY_MS = 50;

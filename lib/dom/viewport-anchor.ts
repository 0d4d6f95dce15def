/**
 * An element near the top of what the reader sees, so scanning can start there. One
 * `elementFromPoint` call at the start of a scan: it needs layout, which at `document_idle` the
 * browser has normally already done, so this is one hit test, not a forced reflow in practice; it is
 * never called again per block or per mutation.
 */
export function viewportAnchor(document: Document): Element | null {
  const view = document.defaultView;
  if (view === null || typeof document.elementFromPoint !== 'function') return null;
  const element = document.elementFromPoint(view.innerWidth / 2, view.innerHeight * VIEWPORT_PROBE_FRACTION);
  return element === document.documentElement || element === document.body ? null : element;
}

/** A little below the top, past a typical sticky site header. */
const VIEWPORT_PROBE_FRACTION = 0.25;

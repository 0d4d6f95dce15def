/**
 * Hidden pages get no animation frames: past this, work waiting for the first paint starts anyway.
 * Long enough for a visible panel's first frame, short enough not to be noticed in a hidden one.
 */
const HIDDEN_PAGE_WAIT_MS = 250;

/**
 * Runs `callback` once, in a task after the page's next frame is out (or after a wait when the
 * page is hidden and paints none), so work it starts cannot hold that frame back. Returns a cancel.
 */
export function afterFirstPaint(callback: () => void): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  const frame = requestAnimationFrame(() => setTimeout(run, 0));
  const fallback = setTimeout(run, HIDDEN_PAGE_WAIT_MS);
  return () => {
    done = true;
    cancelAnimationFrame(frame);
    clearTimeout(fallback);
  };
}

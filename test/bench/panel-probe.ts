/**
 * Timing probes that run inside a side panel page: the bench's own panel page (side-panel-page.tsx)
 * and the real extension's sidepanel.html (extension-scale.mjs injects them before the panel's
 * code runs). Both expose the same `window.panelBench` calls, so side-panel-bench.mjs's
 * `typeQueries` drives either.
 *
 *   requestIdleCallback wrapped → how long the panel's idle work (its search index) takes
 *   keydown → DOM updated → end of the next frame, for each keystroke while recording
 *   (real panel only) each frame: how many names "On this page" lists, and when that frame was out
 */

import { afterNextPaint } from './next-paint';

export interface KeystrokeSample {
  key: string;
  /** The search box's value after the keystroke. */
  query: string;
  /** From the keydown's timestamp to the panel's DOM updated (search run and results rendered). */
  domMs: number;
  /** From the keydown's timestamp to the end of the next frame: the results are on screen. */
  paintMs: number;
}

export interface IdleSample {
  /** performance.now() when the idle callback started. */
  startMs: number;
  durationMs: number;
}

export interface ListFrame {
  /** performance.now() at the end of the frame that first showed this many names: time since the panel's navigation started. */
  paintedMs: number;
  /** Names listed in the "On this page" tab panel. */
  listed: number;
}

export const now = (): number => performance.now();


/** The panel's rows in its visible tab panel: names on this page, or search results. */
const listedNames = (): number => document.querySelectorAll('[role="tabpanel"] li').length;

/**
 * Wraps requestIdleCallback (call before the panel's code runs) and answers the calls the
 * keystroke bench needs: watch, record, samples, topEntity, searchIndexBuilt.
 */
export function installPanelProbe() {
  // The panel builds its search index in an idle callback after the first paint: time those callbacks.
  const idle: IdleSample[] = [];
  const requestIdle = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = (callback, options) =>
    requestIdle((deadline) => {
      const startMs = now();
      try {
        callback(deadline);
      } finally {
        idle.push({ startMs, durationMs: now() - startMs });
      }
    }, options);

  const samples: KeystrokeSample[] = [];
  let recording = false;

  /** Records every keystroke from its keydown to the DOM update and to the next paint. */
  function watchKeystrokes(): void {
    let pending: { key: string; start: number; domAt: number } | null = null;
    new MutationObserver(() => {
      if (pending && pending.domAt === 0) pending.domAt = now();
    }).observe(document.getElementById('app')!, { subtree: true, childList: true, characterData: true, attributes: true });
    window.addEventListener(
      'keydown',
      (event) => {
        if (recording) pending = { key: event.key, start: event.timeStamp, domAt: 0 };
      },
      { capture: true },
    );
    window.addEventListener(
      'input',
      (event) => {
        const current = pending;
        if (!current) return;
        const query = (event.target as HTMLInputElement).value;
        // The panel re-renders in a microtask after this event, before the next frame.
        void afterNextPaint().then((paintedAt) => {
          if (pending === current) pending = null;
          samples.push({ key: current.key, query, domMs: current.domAt ? current.domAt - current.start : NaN, paintMs: paintedAt - current.start });
        });
      },
      { capture: true },
    );
  }

  /**
   * Resolves with the longest idle callback that started after `afterMs` (the panel builds its
   * search index there), once one has run.
   */
  async function searchIndexBuilt(afterMs = 0): Promise<number> {
    const deadline = now() + 10_000;
    const later = () => idle.filter((sample) => sample.startMs >= afterMs);
    while (later().length === 0) {
      if (now() > deadline) throw new Error('the side panel never built its search index at idle');
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    return Math.max(...later().map((sample) => sample.durationMs));
  }

  return {
    watchKeystrokes,
    record: (on: boolean) => void (recording = on),
    samples: () => samples,
    /** The top entity the panel lists for the current query. */
    topEntity: (): string | null => document.querySelector('[role="option"] .bs-search__option-label')?.textContent ?? null,
    searchIndexBuilt,
  };
}

/**
 * Watches every frame from the panel's first until `stop()`: each change in how many names the
 * tab panel lists, stamped at the end of the frame that showed it. The time origin is the panel
 * page's navigation start, so the stamps include loading the panel, reading storage and rendering.
 */
export function watchListFrames() {
  const frames: ListFrame[] = [];
  let last = -1;
  let watching = true;
  const tick = () => {
    if (!watching) return;
    const listed = listedNames();
    if (listed !== last) {
      last = listed;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => frames.push({ paintedMs: now(), listed });
      channel.port2.postMessage(null);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    listFrames: () => frames,
    stopListFrames: () => void (watching = false),
  };
}

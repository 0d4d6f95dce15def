/**
 * Cuts long work into slices so the page's main thread is never held longer than one frame budget:
 * the caller asks `due()` between small units of work and awaits `next()` when it is.
 */
export interface SliceClock {
  /** True once the current slice has used its budget. */
  due(): boolean;
  /** Yields to the event loop (input, rendering, the page's own tasks), then starts a new slice. */
  next(): Promise<void>;
  /** How many slices have started so far. */
  readonly slices: number;
}

/**
 * DESIGN.md allows 10 ms per task. Half of it leaves room for what a slice cannot see coming: the
 * one unit of work (a block's matching) that starts just before the budget runs out, and a young
 * generation garbage collection, which on a freshly loaded page takes several milliseconds and
 * lands in whichever slice fills the nursery.
 */
export const SLICE_BUDGET_MS = 5;

/**
 * A page scan's first slice shares its task with what started it (decoding the alias index: about
 * 1.5 ms at 30,000 aliases) and compiles every function it calls, so it stops sooner: at 5 ms it
 * ran 7 ms on the 10k-entity bench pages.
 */
export const FIRST_SLICE_BUDGET_MS = 2;

interface SchedulerLike {
  yield?(): Promise<void>;
}

export function createSliceClock(view: Window | null, budgetMs = SLICE_BUDGET_MS, firstBudgetMs = budgetMs): SliceClock {
  const performance = view?.performance ?? globalThis.performance;
  const yieldNow = yielder(view);
  let sliceStart = performance.now();
  let slices = 1;
  let budget = firstBudgetMs;
  return {
    due: () => performance.now() - sliceStart >= budget,
    async next() {
      await yieldNow();
      sliceStart = performance.now();
      budget = budgetMs;
      slices++;
    },
    get slices() {
      return slices;
    },
  };
}

/**
 * `scheduler.yield()` keeps our continuation ahead of other queued tasks without starving input;
 * a MessageChannel message is the next-best macrotask (setTimeout is clamped to 4 ms after nesting).
 */
function yielder(view: Window | null): () => Promise<void> {
  const scheduler = (view as unknown as { scheduler?: SchedulerLike } | null)?.scheduler;
  if (scheduler !== undefined && typeof scheduler.yield === 'function') return () => scheduler.yield!();
  const Channel = (view as unknown as { MessageChannel?: typeof MessageChannel } | null)?.MessageChannel;
  if (typeof Channel === 'function') {
    const channel = new Channel();
    const waiting: (() => void)[] = [];
    channel.port1.onmessage = () => waiting.shift()?.();
    return () =>
      new Promise<void>((resolve) => {
        waiting.push(resolve);
        channel.port2.postMessage(null);
      });
  }
  const setTimer = view?.setTimeout.bind(view) ?? globalThis.setTimeout;
  return () => new Promise<void>((resolve) => setTimer(resolve, 0));
}

/**
 * The content script's highlighter: reads the page's text, asks the matcher for mentions and paints
 * them with the CSS Custom Highlight API, then follows the page as it changes.
 *
 *   start ─▶ walk every block (sliced) ─▶ scan blocks near the viewport ─▶ resolve + paint them
 *        (long pages only) ─▶ scan the rest ─▶ resolve the whole page ─▶ paint what changed ─▶ onChange(counts)
 *   MutationObserver ─▶ queue records ─▶ idle ─▶ forget touched blocks ─▶ re-read just those
 *        (scans reused when their text is unchanged) ─▶ resolve the whole page ─▶ paint what changed
 *
 * All work runs in one queue, one task at a time, in slices of at most SLICE_BUDGET_MS. The page's
 * nodes are never modified; `stop()` removes every highlight and observer.
 *
 * On a page longer than WINDOW_FROM_CHARS only the mentions around the part in view are registered
 * with the browser (all are found, counted, listed and hit-tested): in every frame after a highlight
 * or the page changed, Chromium rebuilds the markers of every registered range (about 9 µs each with
 * underlines), so 15,000 ranges on a 3-million-character page cost a 150–210 ms frame, again at each
 * later change of the page. Scrolling moves the window before the reader gets there.
 */
import type { EntityKind } from '../dataset-schema';
import type { BlockScan, Matcher, Mention } from '../match/matcher-types';
import { createBlockStore, newBlockState, rememberState, type BlockState, type ElementIndex } from './block-store';
import { caretAt, rangeContainsPoint } from './caret-at';
import { createBlockWalker, enclosingBlock, type BlockWalker, type CollectOptions, type TextBlock } from './collect-blocks';
import { compareComposedOrder, composedParent } from './compare-composed-order';
import { ROLE_ATTRIBUTES } from './element-role';
import { forEachComposedElement } from './for-each-composed-element';
import { createHighlightRegistry } from './highlight-registry';
import { locateRange } from './locate-offset';
import { planMutationWork } from './plan-mutation-work';
import { requestIdle } from './request-idle';
import { createSliceClock, FIRST_SLICE_BUDGET_MS, SLICE_BUDGET_MS, type SliceClock } from './slice-clock';
import { viewportAnchor } from './viewport-anchor';

export interface PageHighlighterOptions {
  document: Document;
  matcher: Matcher;
  kinds: ReadonlySet<EntityKind>;
  isOwnUi(element: Element): boolean;
  /** Entity index → mentions on the page, after each (re)scan settles, when the counts changed. */
  onChange?(counts: Map<number, number>): void;
  /** Aborting stops everything and removes the highlights. */
  signal?: AbortSignal;
}

export interface PageMention {
  entity: number;
  kind: EntityKind;
  range: StaticRange;
  block: Element;
  /** Offsets in the text of the block it was read from. */
  start: number;
  end: number;
}

export interface PageHighlighter {
  /** False when the browser lacks the CSS Custom Highlight API; then nothing is scanned or painted. */
  readonly supported: boolean;
  /** First full scan; resolves when every mention is highlighted (or at once when unsupported or stopped). */
  start(): Promise<void>;
  /** The dataset changed: rescan everything. */
  setMatcher(matcher: Matcher): void;
  /** Re-resolve with other kinds enabled; no rescan. */
  setKinds(kinds: ReadonlySet<EntityKind>): void;
  /** The mention under a viewport point, confirmed against its boxes, or null. */
  hitTest(x: number, y: number): PageMention | null;
  /** Every painted mention in document order. */
  mentions(): PageMention[];
  focus(mention: PageMention | null): void;
  stop(): void;
}

/** About two screens of dense text: scanned and painted before the rest of the page. */
const VISIBLE_FIRST_CHARS = 20_000;
/** Pages with more text than this are highlighted through a window around the part in view. */
const WINDOW_FROM_CHARS = 150_000;
/**
 * The window: about 10 screens of dense text above the part in view and 20 below (a few hundred
 * ranges, a few milliseconds of marker rebuilding per frame), moved once the reader has scrolled
 * RECENTER_CHARS (about 5 screens) from where it was placed.
 */
const WINDOW_BEFORE_CHARS = 30_000;
const WINDOW_AFTER_CHARS = 60_000;
const RECENTER_CHARS = 15_000;
/**
 * Blocks scanned in one call to the matcher: a few thousand characters is a fraction of a slice,
 * however cold the page's script still is.
 */
const SCAN_BATCH_CHARS = 4_000;
const SCAN_BATCH_BLOCKS = 16;
/** Page changes are highlighted within this delay even when the page never goes idle. */
const MUTATION_IDLE_TIMEOUT_MS = 250;

type State = BlockState<PageMention>;

export function createPageHighlighter(options: PageHighlighterOptions): PageHighlighter {
  const { document, isOwnUi } = options;
  const view = document.defaultView;
  const registry = createHighlightRegistry(document);
  const store = createBlockStore<PageMention>();
  let matcher = options.matcher;
  let kinds = options.kinds;
  let pending: MutationRecord[][] = [];
  let cancelIdle: (() => void) | null = null;
  let observer: MutationObserver | null = null;
  /** Open shadow roots seen, for `caretPositionFromPoint` (which otherwise stops at their hosts). */
  let shadowRoots: ShadowRoot[] = [];
  let watchedRoots = new Set<ShadowRoot>();
  let scratch: Range | null = null;
  let mentionList: PageMention[] | null = null;
  let lastCounts: Map<number, number> | null = null;
  let queue: Promise<void> = Promise.resolve();
  let generation = 0;
  let started: Promise<void> | null = null;
  let stopped = false;
  /** Blocks whose mentions are registered, when the page is windowed; null: every block. */
  let shown: Set<State> | null = null;
  let windowAnchor: State | null = null;
  let windowFrame: number | null = null;

  const observeOptions: MutationObserverInit = {
    childList: true,
    subtree: true,
    characterData: true,
    attributeFilter: [...ROLE_ATTRIBUTES],
  };
  const collectOptions = (scope: CollectOptions['scope']): CollectOptions => ({ isOwnUi, scope, onShadowRoot: watchShadowRoot });
  const alive = (gen: number): boolean => !stopped && gen === generation;

  function watchShadowRoot(root: ShadowRoot): void {
    // A Set beside the array: pages with thousands of shadow roots must not cost a linear search each.
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    shadowRoots.push(root);
    observer?.observe(root, observeOptions);
  }

  /** Runs tasks one at a time; a task queued before a restart (new generation) is dropped. */
  function enqueue(task: (gen: number) => Promise<void>): Promise<void> {
    const gen = generation;
    const run = queue.then(() => (alive(gen) ? task(gen) : undefined));
    queue = run.catch(() => {});
    return run;
  }

  function enqueueInBackground(task: (gen: number) => Promise<void>): void {
    // A failure must not break the page or the queue; it is reported where developers look.
    enqueue(task).catch((error: unknown) => console.error('Backstory highlighter:', error));
  }

  // The observer callback runs on every batch of page mutations: it only queues them.
  function onMutations(records: MutationRecord[]): void {
    pending.push(records);
    if (cancelIdle === null) {
      cancelIdle = requestIdle(view, () => {
        cancelIdle = null;
        enqueueInBackground(followMutations);
      }, MUTATION_IDLE_TIMEOUT_MS);
    }
  }

  function onNavigation(): void {
    enqueueInBackground((gen) => scanPage(gen, true));
  }

  /** Walks the whole page, scans the visible part first (and, on a long page, paints it first), then paints what changed. */
  async function scanPage(gen: number, reuse: boolean): Promise<void> {
    // The walk below sees the page as it is now, including anything these records describe.
    pending = [];
    const clock = createSliceClock(view, SLICE_BUDGET_MS, FIRST_SLICE_BUDGET_MS);
    const previous = store.ordered().slice();
    const reusable = new Map<Element, State[]>();
    if (reuse) {
      for (const state of previous) {
        const list = reusable.get(state.block.element);
        if (list === undefined) reusable.set(state.block.element, [state]);
        else list.push(state);
      }
    }
    // Re-observing a root is harmless; forgetting the ones that left the page is the point.
    shadowRoots = [];
    watchedRoots = new Set();
    const fresh: State[] = [];
    const byElement: ElementIndex<PageMention> = new WeakMap();
    const walker = createBlockWalker(document, collectOptions('subtree'));
    for (let block = walker.next(); block !== null; block = walker.next()) {
      const state = takeReusedState(reusable.get(block.element), block) ?? newBlockState<PageMention>(block, null);
      fresh.push(state);
      rememberState(byElement, state);
      if (clock.due() && !(await nextSlice(clock, gen))) return;
    }
    // What was not carried over (all of it on a first scan or a full rescan) has left the page.
    const gone = reuse ? [...reusable.values()].flat() : previous;
    for (const state of gone) {
      state.dead = true;
      registry.remove(state);
    }
    store.replaceAll(fresh, byElement);
    mentionList = null;

    const states = store.ordered();
    const first = anchorIndex(states);
    placeWindow(states, first);
    let end = first;
    for (let chars = 0; end < states.length && chars < VISIBLE_FIRST_CHARS; end++) chars += (states[end] as State).block.text.length;
    if (!(await scanStates(states, first, end, clock, gen))) return;
    // `shown` is set just above on a long page, and only there.
    if (shown !== null && (first > 0 || end < states.length)) {
      // Paint what the reader sees now; the page-level rules are re-applied with the whole page below.
      if (!(await paint(gen, states.slice(first, end), clock))) return;
    }
    if (!(await scanStates(states, end, states.length, clock, gen))) return;
    if (!(await scanStates(states, 0, first, clock, gen))) return;
    if (await paint(gen, states, clock)) settle();
  }

  /** Re-reads only the blocks a batch of mutations touched. */
  async function followMutations(gen: number): Promise<void> {
    if (pending.length === 0) return;
    const records = pending.flat();
    pending = [];
    const work = planMutationWork(records, isOwnUi);
    const forgotten: State[] = [];
    const forget = (element: Element): void => store.forget(element, forgotten);
    for (const root of work.removedRoots) forEachComposedElement(root, forget);
    for (const root of work.addedRoots) forEachComposedElement(root, forget);
    for (const block of work.dirtyBlocks) forget(block);
    if (forgotten.length === 0 && work.addedRoots.size === 0 && work.dirtyBlocks.size === 0) return;

    // Matching depends only on the text: a block re-read with the same text keeps its scan.
    const scans = new Map<string, BlockScan>();
    for (const state of forgotten) {
      if (state.scan !== null) scans.set(state.block.text, state.scan);
      registry.remove(state);
    }
    mentionList = null;

    const clock = createSliceClock(view);
    const groups: { states: State[]; contiguous: boolean }[] = [];
    const readInto = async (states: State[], walker: BlockWalker): Promise<boolean> => {
      for (let block = walker.next(); block !== null; block = walker.next()) {
        states.push(newBlockState<PageMention>(block, scans.get(block.text) ?? null));
        if (clock.due() && !(await nextSlice(clock, gen))) return false;
      }
      return scanStates(states, 0, states.length, clock, gen);
    };
    for (const root of work.addedRoots) {
      if (!root.isConnected || hasAncestorIn(root, work.addedRoots) || enclosingBlock(root, isOwnUi) === null) continue;
      const group = { states: [] as State[], contiguous: true };
      groups.push(group);
      if (!(await readInto(group.states, createBlockWalker(root, collectOptions('nested'))))) return;
    }
    for (const block of work.dirtyBlocks) {
      if (!block.isConnected || isOrHasAncestorIn(block, work.addedRoots) || enclosingBlock(block, isOwnUi) !== block) continue;
      const group = { states: [] as State[], contiguous: false };
      groups.push(group);
      if (!(await readInto(group.states, createBlockWalker(block, collectOptions('own'))))) return;
    }
    for (const group of groups) store.insert(group.states, group.contiguous);
    // The window stays where it was (asking where the reader is would force a layout of the changed page).
    if (shown !== null) placeWindow(store.ordered(), windowIndex(store.ordered()));
    if (await paint(gen, store.ordered(), clock)) settle();
  }

  async function reresolve(gen: number): Promise<void> {
    const states = store.ordered();
    // Blocks still waiting for their scan belong to a scan in progress, which resolves when done.
    if (states.some((state) => state.scan === null)) return;
    if (await paint(gen, states, createSliceClock(view))) settle();
  }

  async function nextSlice(clock: SliceClock, gen: number): Promise<boolean> {
    await clock.next();
    return alive(gen);
  }

  /**
   * Scans the blocks of `states[from, to)` that have no scan yet, a batch of neighbours per call to
   * the matcher (one pass over their joined text costs far less than one call per block), yielding
   * between batches when the slice is used up. False when stopped or restarted meanwhile.
   */
  async function scanStates(states: readonly State[], from: number, to: number, clock: SliceClock, gen: number): Promise<boolean> {
    const batch: State[] = [];
    const texts: string[] = [];
    for (let i = from; i < to; ) {
      let chars = 0;
      for (; i < to && chars < SCAN_BATCH_CHARS && batch.length < SCAN_BATCH_BLOCKS; i++) {
        const state = states[i] as State;
        if (state.scan !== null) continue;
        batch.push(state);
        texts.push(state.block.text);
        chars += state.block.text.length;
      }
      if (batch.length > 0) {
        const scans = matcher.scanBlocks(texts);
        for (let b = 0; b < batch.length; b++) (batch[b] as State).scan = scans[b] as BlockScan;
        batch.length = 0;
        texts.length = 0;
      }
      if (clock.due() && !(await nextSlice(clock, gen))) return false;
    }
    return true;
  }

  /** Resolves `states` (document order, all scanned) as one page and repaints the blocks whose mentions changed. */
  async function paint(gen: number, states: readonly State[], clock: SliceClock): Promise<boolean> {
    const mentionsOf = matcher.resolvePage(
      states.map((state) => state.scan as BlockScan),
      kinds,
    );
    for (let i = 0; i < states.length; i++) {
      const state = states[i] as State;
      const mentions = mentionsOf(i);
      if (!sameMentions(state.painted, mentions)) paintState(state, mentions);
      if (clock.due() && !(await nextSlice(clock, gen))) return false;
    }
    return true;
  }

  function paintState(state: State, mentions: readonly Mention[]): void {
    const { block } = state;
    // One record per mention: it is also the registry's entry (kind + range) and what hit-testing searches.
    const pageMentions: PageMention[] = [];
    for (const mention of mentions) {
      const init = locateRange(block, mention.start, mention.end);
      const range = init === null ? null : registry.createRange(init);
      if (range === null) continue;
      const { entity } = mention;
      pageMentions.push({ entity, kind: matcher.entity(entity).kind, range, block: block.element, start: mention.start, end: mention.end });
    }
    if (shown === null || shown.has(state)) registry.replace(state, pageMentions);
    state.painted = mentions;
    state.mentions = pageMentions;
    mentionList = null;
  }

  function settle(): void {
    const counts = new Map<number, number>();
    for (const state of store.ordered()) {
      for (const mention of state.mentions) counts.set(mention.entity, (counts.get(mention.entity) ?? 0) + 1);
    }
    if (lastCounts !== null && sameCounts(lastCounts, counts)) return;
    lastCounts = counts;
    options.onChange?.(new Map(counts));
  }

  /**
   * Registers the mentions of the blocks around `anchor` (an index in `states`) and unregisters the
   * others, when the page is long enough to need it; otherwise every block is shown.
   */
  function placeWindow(states: readonly State[], anchor: number): void {
    if (!isLongPage(states)) {
      if (shown !== null) {
        shown = null;
        for (const state of states) registry.replace(state, state.mentions);
      }
      return;
    }
    let from = anchor;
    for (let chars = 0; from > 0 && chars < WINDOW_BEFORE_CHARS; ) chars += (states[--from] as State).block.text.length;
    let to = anchor;
    for (let chars = 0; to < states.length && chars < WINDOW_AFTER_CHARS; to++) chars += (states[to] as State).block.text.length;
    const next = new Set<State>();
    for (let i = from; i < to; i++) next.add(states[i] as State);
    // Unregistered first: while both are registered the browser would rebuild markers for both.
    if (shown === null) {
      for (const state of states) if (!next.has(state)) registry.remove(state);
    } else {
      for (const state of shown) if (!next.has(state)) registry.remove(state);
    }
    for (const state of next) if (shown === null || !shown.has(state)) registry.replace(state, state.mentions);
    shown = next;
    windowAnchor = states[anchor] ?? null;
  }

  /** Where the window was placed, in `states`; 0 when that block and every block shown have gone. */
  function windowIndex(states: readonly State[]): number {
    const at = windowAnchor === null ? -1 : states.indexOf(windowAnchor);
    if (at !== -1) return at;
    for (const state of shown ?? []) if (!state.dead) return Math.max(0, states.indexOf(state));
    return 0;
  }

  /** Scrolling (the page or any scroller in it): moves the window once per frame, if it must. */
  function onScroll(): void {
    if (shown === null || windowFrame !== null || view === null) return;
    windowFrame = view.requestAnimationFrame(() => {
      windowFrame = null;
      if (shown === null || stopped) return;
      const states = store.ordered();
      // A block still waiting for its scan: the scan in progress places the window when it paints.
      if (states.some((state) => state.scan === null)) return;
      const anchor = anchorIndex(states);
      const placed = windowAnchor === null ? -1 : states.indexOf(windowAnchor);
      if (placed !== -1 && charsBetween(states, Math.min(anchor, placed), Math.max(anchor, placed)) < RECENTER_CHARS) return;
      placeWindow(states, anchor);
    });
  }

  /** The first block at or just before the element in view; 0 when unknown. */
  function anchorIndex(states: readonly State[]): number {
    const anchor = states.length > 0 ? viewportAnchor(document) : null;
    if (anchor === null) return 0;
    let low = 0;
    let high = states.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareComposedOrder((states[middle] as State).block.nodes[0] as Text, anchor) < 0) low = middle + 1;
      else high = middle;
    }
    // The block containing the anchor starts before it.
    return Math.max(0, low - 1);
  }

  /**
   * The mention of `state` at a caret in `node`, confirmed against its boxes. Ends count: a caret
   * offset falls between characters, so a pointer on a mention's last character may report the
   * offset just after it.
   */
  function mentionAt(state: State, node: Text, offset: number, x: number, y: number): PageMention | null {
    const { mentions } = state;
    if (mentions.length === 0) return null;
    const i = state.block.nodes.indexOf(node);
    if (i === -1) return null;
    const nodeStart = state.block.starts[i] as number;
    const nodeEnd = nodeStart + node.data.length;
    const at = nodeStart + offset;
    // First mention ending at or after the caret.
    let low = 0;
    let high = mentions.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((mentions[middle] as PageMention).end < at) low = middle + 1;
      else high = middle;
    }
    for (let m = low; m < mentions.length; m++) {
      const mention = mentions[m] as PageMention;
      if (mention.start > at) break;
      // Only the part of the mention inside this text node is under the caret.
      if (mention.end <= nodeStart || mention.start >= nodeEnd) continue;
      scratch ??= document.createRange();
      if (rangeContainsPoint(scratch, mention.range, x, y)) return mention;
    }
    return null;
  }

  function stop(): void {
    if (stopped) return;
    stopped = true;
    generation++;
    observer?.disconnect();
    observer = null;
    cancelIdle?.();
    cancelIdle = null;
    pending = [];
    view?.removeEventListener('popstate', onNavigation);
    view?.removeEventListener('hashchange', onNavigation);
    options.signal?.removeEventListener('abort', stop);
    view?.removeEventListener('scroll', onScroll, { capture: true });
    if (windowFrame !== null) view?.cancelAnimationFrame(windowFrame);
    windowFrame = null;
    shown = null;
    windowAnchor = null;
    registry.clear();
    store.replaceAll([]);
    shadowRoots = [];
    watchedRoots = new Set();
    scratch = null;
    mentionList = [];
  }

  return {
    supported: registry.supported,
    start() {
      if (started !== null) return started;
      if (!registry.supported || stopped || options.signal?.aborted === true || view === null) {
        started = Promise.resolve();
        return started;
      }
      options.signal?.addEventListener('abort', stop, { once: true });
      observer = new view.MutationObserver(onMutations);
      observer.observe(document, observeOptions);
      view.addEventListener('popstate', onNavigation);
      view.addEventListener('hashchange', onNavigation);
      view.addEventListener('scroll', onScroll, { capture: true, passive: true });
      started = enqueue((gen) => scanPage(gen, false));
      return started;
    },
    setMatcher(next) {
      matcher = next;
      if (started === null || stopped) return;
      generation++;
      // Entity indexes refer to the old matcher: a mention kept until the rescan paints would name the
      // wrong entity on hover, so they go now (the visible part is repainted within a slice or two).
      for (const state of store.ordered()) {
        registry.remove(state);
        state.mentions = [];
      }
      registry.setFocus(null);
      mentionList = null;
      enqueueInBackground((gen) => scanPage(gen, false));
    },
    setKinds(next) {
      kinds = next;
      if (started === null || stopped) return;
      enqueueInBackground(reresolve);
    },
    hitTest(x, y) {
      if (stopped || started === null) return null;
      const position = caretAt(document, x, y, shadowRoots);
      if (position === null) return null;
      const element = enclosingBlock(position.node, isOwnUi);
      const states = element === null ? undefined : store.statesOf(element);
      if (states === undefined) return null;
      for (const state of states) {
        const found = mentionAt(state, position.node, position.offset, x, y);
        if (found !== null) return found;
      }
      return null;
    },
    mentions() {
      mentionList ??= store.ordered().flatMap((state) => state.mentions);
      return mentionList.slice();
    },
    focus(mention) {
      registry.setFocus(mention === null ? null : mention.range);
    },
    stop,
  };
}

/** The state of `candidates` that read exactly `block` (same nodes, same text), removed from them. */
function takeReusedState(candidates: State[] | undefined, block: TextBlock): State | undefined {
  if (candidates === undefined) return undefined;
  const at =
    candidates.findIndex(
      (state) =>
        state.block.text === block.text &&
        state.block.nodes.length === block.nodes.length &&
        state.block.nodes.every((node, i) => node === block.nodes[i] && state.block.starts[i] === block.starts[i]),
    );
  return at === -1 ? undefined : candidates.splice(at, 1)[0];
}

/**
 * Whether the page has more text than WINDOW_FROM_CHARS: its mentions are registered through a
 * window, and its visible part is painted first. A shorter page is highlighted whole within a few
 * slices, where an early paint would only add a frame's work in between.
 */
function isLongPage(states: readonly State[]): boolean {
  let total = 0;
  for (let i = 0; i < states.length && total <= WINDOW_FROM_CHARS; i++) total += (states[i] as State).block.text.length;
  return total > WINDOW_FROM_CHARS;
}

/** Characters of the blocks from `from` (included) to `to` (excluded), counting no further than RECENTER_CHARS. */
function charsBetween(states: readonly State[], from: number, to: number): number {
  let chars = 0;
  for (let i = from; i < to && chars < RECENTER_CHARS; i++) chars += (states[i] as State).block.text.length;
  return chars;
}

function sameMentions(painted: readonly Mention[] | null, next: readonly Mention[]): boolean {
  if (painted === null || painted.length !== next.length) return false;
  return painted.every((m, i) => {
    const n = next[i] as Mention;
    return m.start === n.start && m.end === n.end && m.entity === n.entity;
  });
}

function sameCounts(a: Map<number, number>, b: Map<number, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [entity, count] of a) if (b.get(entity) !== count) return false;
  return true;
}

function hasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  for (let current = composedParent(node); current !== null; current = composedParent(current)) {
    if (set.has(current)) return true;
  }
  return false;
}

function isOrHasAncestorIn(node: Node, set: ReadonlySet<Node>): boolean {
  return set.has(node) || hasAncestorIn(node, set);
}

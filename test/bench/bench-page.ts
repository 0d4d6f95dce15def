/**
 * Loaded into every bench page (bundled by run.mjs with esbuild into an IIFE): exposes the
 * highlighter and the measurements that must run inside the page as `window.backstoryBench`.
 * Times come from `performance.now()`; pages are served cross-origin isolated, so it is precise to
 * a few microseconds.
 */
import type { EntityKind } from '../../lib/dataset-schema';
import type { CompactIndex } from '../../lib/match/alias-index';
import { createMatcher } from '../../lib/match/create-matcher';
import { createPageHighlighter, type PageHighlighter } from '../../lib/dom/page-highlighter';
import { FRAME_MARK, PAINTED_MARK, START_MARK } from './bench-marks';
import { afterNextPaint } from './next-paint';

export interface HighlightResult {
  /** createMatcher: decoding the index handed over from storage. */
  matcherMs: number;
  /** Inside the slices: the matcher's scans of the page's text (`scanBlocks`, all calls). */
  scanMs: number;
  /** start() until it resolves: every mention found and registered. */
  highlightedMs: number;
  /**
   * Until the main thread has painted the next frame (the task after its animation-frame callbacks).
   * The frame reaches the screen a few milliseconds later: the runner reads when from a trace.
   */
  paintedMs: number;
  /** `performance.now()` at start, for the runner to place the page's load event on the trace's clock. */
  startedAt: number;
  /** The page's load event end, same clock. */
  loadEventEnd: number;
  mentions: number;
  textChars: number;
  /** Durations of the highlighter's slices (its tasks on the main thread). */
  slices: number[];
  /** Any task over 50 ms after start(), the page's or ours (PerformanceObserver 'longtask'). */
  longTasks: number[];
  mutationRecords: number;
  nodesBefore: number;
  nodesAfter: number;
}

export interface MarkResult {
  doneMs: number;
  /** As in HighlightResult. */
  paintedMs: number;
  marks: number;
  error?: string;
}

interface Mark {
  mark(keywords: string[], options: object): void;
  markRegExp(regExp: RegExp, options: object): void;
}
type MarkConstructor = new (root: Element) => Mark;

const ALL_KINDS: ReadonlySet<EntityKind> = new Set(['org', 'person', 'country']);

let index: CompactIndex | null = null;
let highlighter: PageHighlighter | null = null;

const now = (): number => performance.now();
const markStart = (): number => {
  performance.clearMarks();
  performance.mark(START_MARK);
  return now();
};
/**
 * The next frame rendered on the main thread (`afterNextPaint`), its start and end marked for the
 * runner's trace. (Two animation frames, used before, wait for the start of the frame after: a
 * whole frame interval more for a page whose frame is quick to render, less than the frame's own
 * drawing for a page whose frame is slow, as mark.js's are after it inserts its elements.)
 */
const markPainted = async (): Promise<number> => {
  await afterNextPaint(() => performance.mark(FRAME_MARK));
  performance.mark(PAINTED_MARK);
  return now();
};

function countNodes(): number {
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  let count = 0;
  while (walker.nextNode()) count++;
  return count;
}

/**
 * Times every slice of the highlighter: its slice clock yields through `scheduler.yield()`, so the
 * time from each resumption (or the start) to the next yield (or the end) is one task of ours.
 */
function instrumentSlices(): { slices: number[]; begin(): void; end(): void; restore(): void } {
  const scheduler = (window as unknown as { scheduler: { yield(): Promise<void> } }).scheduler;
  const original = scheduler.yield;
  const slices: number[] = [];
  let sliceStart = now();
  scheduler.yield = () => {
    slices.push(now() - sliceStart);
    return original.call(scheduler).then(() => {
      sliceStart = now();
    });
  };
  return {
    slices,
    begin: () => (sliceStart = now()),
    end: () => slices.push(now() - sliceStart),
    restore: () => (scheduler.yield = original),
  };
}

async function highlight(): Promise<HighlightResult> {
  if (index === null) throw new Error('setIndex first');
  if (typeof (window as unknown as { scheduler?: { yield?: unknown } }).scheduler?.yield !== 'function') {
    throw new Error('scheduler.yield() is missing: slices cannot be timed');
  }
  if (highlighter !== null) {
    // Highlighting again on the same page (the warm figure): the removed highlights are rendered
    // first, so their style recalculation is not charged to the next run's first slice.
    highlighter.stop();
    highlighter = null;
    await afterNextPaint();
  }
  const nodesBefore = countNodes();
  let mutationRecords = 0;
  const watcher = new MutationObserver((records) => (mutationRecords += records.length));
  watcher.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const longTasks: number[] = [];
  let t0 = Infinity;
  const longTaskObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.startTime >= t0) longTasks.push(entry.duration);
  });
  longTaskObserver.observe({ type: 'longtask' });
  const slices = instrumentSlices();

  t0 = markStart();
  slices.begin();
  const matcher = createMatcher(index);
  const matcherMs = now() - t0;
  // The scans timed from outside (a clock read per call, a few dozen calls per 100 k characters).
  let scanMs = 0;
  const scanBlocks = matcher.scanBlocks;
  matcher.scanBlocks = (texts) => {
    const start = now();
    const scans = scanBlocks(texts);
    scanMs += now() - start;
    return scans;
  };
  const current = createPageHighlighter({ document, matcher, kinds: ALL_KINDS, isOwnUi: () => false });
  highlighter = current;
  await current.start();
  slices.end();
  const highlightedMs = now() - t0;
  const paintedAt = await markPainted();
  slices.restore();
  // Long tasks are reported after the fact: give the observer a task to deliver them.
  await new Promise((resolve) => setTimeout(resolve, 0));
  longTaskObserver.disconnect();
  watcher.disconnect();
  mutationRecords += watcher.takeRecords().length;
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  return {
    matcherMs,
    scanMs,
    highlightedMs,
    paintedMs: paintedAt - t0,
    startedAt: t0,
    loadEventEnd: navigation.loadEventEnd,
    mentions: current.mentions().length,
    textChars: document.body.textContent?.length ?? 0,
    slices: slices.slices,
    longTasks,
    mutationRecords,
    nodesBefore,
    nodesAfter: countNodes(),
  };
}

function stop(): void {
  highlighter?.stop();
  highlighter = null;
}

/** Lets the highlighter's idle-time rescan of earlier mutations finish before the next measurement. */
async function settle(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400));
  await new Promise((resolve) => requestIdleCallback(() => resolve(undefined)));
  await new Promise((resolve) => setTimeout(resolve, 100));
}

/**
 * Microseconds per page mutation: `count` text rewrites (then restores) of the page's text nodes, and
 * `count` spans appended to (then removed from) its paragraphs, including delivery of the
 * MutationObserver records (the microtask checkpoint after the loop).
 */
async function mutations(count: number): Promise<{ textUs: number; appendUs: number }> {
  await settle();
  const texts: Text[] = [];
  const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) if ((walker.currentNode as Text).data.length > 20) texts.push(walker.currentNode as Text);
  const originals = texts.map((text) => text.data);
  const paragraphs = [...document.querySelectorAll('main p')];

  let t0 = now();
  for (let i = 0; i < count; i++) texts[i % texts.length]!.data = originals[i % texts.length] + ' (updated)';
  for (let i = 0; i < count; i++) texts[i % texts.length]!.data = originals[i % texts.length]!;
  await Promise.resolve();
  const textUs = ((now() - t0) * 1000) / (2 * count);

  await settle();
  const spans: HTMLElement[] = [];
  t0 = now();
  for (let i = 0; i < count; i++) {
    const span = document.createElement('span');
    span.textContent = ' Live update.';
    paragraphs[i % paragraphs.length]!.appendChild(span);
    spans.push(span);
  }
  for (const span of spans) span.remove();
  await Promise.resolve();
  const appendUs = ((now() - t0) * 1000) / (2 * count);
  await settle();
  return { textUs, appendUs };
}

/**
 * Milliseconds per `hitTest` at the centres of painted mentions and at points of plain text, at a
 * few scroll positions; also how many centres found their own mention.
 */
async function hover(repeats: number): Promise<{ perCallMs: number; calls: number; hitPoints: number; correct: number }> {
  const current = highlighter;
  if (current === null) throw new Error('highlight first');
  const all = current.mentions();
  let calls = 0;
  let elapsed = 0;
  let hitPoints = 0;
  let correct = 0;
  const probe = document.createRange();
  for (const fraction of [0, 0.2, 0.4, 0.6, 0.8]) {
    window.scrollTo(0, fraction * (document.documentElement.scrollHeight - innerHeight));
    await afterNextPaint();
    const points: { x: number; y: number; mention: (typeof all)[number] | null }[] = [];
    for (const mention of all) {
      probe.setStart(mention.range.startContainer, mention.range.startOffset);
      probe.setEnd(mention.range.endContainer, mention.range.endOffset);
      const rect = probe.getClientRects()[0];
      if (rect === undefined || rect.top < 0 || rect.bottom > innerHeight) continue;
      points.push({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, mention });
      // Plain text a little before the mention: usually a miss, the common case while reading.
      points.push({ x: Math.max(1, rect.left - 40), y: rect.top + rect.height / 2, mention: null });
    }
    for (const point of points) {
      if (point.mention === null) continue;
      hitPoints++;
      if (current.hitTest(point.x, point.y) === point.mention) correct++;
    }
    const t0 = now();
    for (let r = 0; r < repeats; r++) for (const point of points) current.hitTest(point.x, point.y);
    elapsed += now() - t0;
    calls += repeats * points.length;
  }
  probe.detach();
  window.scrollTo(0, 0);
  return { perCallMs: elapsed / Math.max(1, calls), calls, hitPoints, correct };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

async function markJs(mode: 'array' | 'regexp', aliases: string[]): Promise<MarkResult> {
  const MarkClass = (window as unknown as { Mark: MarkConstructor }).Mark;
  let marks = 0;
  const t0 = markStart();
  try {
    const instance = new MarkClass(document.body);
    if (mode === 'array') {
      instance.mark(aliases, {
        separateWordSearch: false,
        accuracy: 'exactly',
        diacritics: false,
        acrossElements: true,
        done: (total: number) => (marks = total),
      });
    } else {
      const alternation = [...aliases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|');
      instance.markRegExp(new RegExp(`\\b(?:${alternation})\\b`, 'g'), { acrossElements: true, done: (total: number) => (marks = total) });
    }
  } catch (error) {
    // V8 reports it as a RangeError, or as a SyntaxError when the overflow hits while compiling a RegExp.
    const overflow = error instanceof Error && /call stack|stack overflow/i.test(error.message);
    return { doneMs: now() - t0, paintedMs: NaN, marks, error: overflow ? 'stack overflow' : String(error) };
  }
  const doneMs = now() - t0;
  return { doneMs, paintedMs: (await markPainted()) - t0, marks };
}

/**
 * For the heap measurement: the index read as a content script reads it (parsed from its JSON), and
 * its matcher kept alive as a content script keeps it; the parsed index is dropped, as a content
 * script drops it once the matcher is built (lib/content/page-session.ts).
 */
function keepMatcher(json: string): number {
  const matcher = createMatcher(JSON.parse(json) as CompactIndex);
  (window as unknown as { keptMatcher: unknown }).keptMatcher = matcher;
  return matcher.entityCount;
}

const api = {
  setIndex: (next: CompactIndex) => void (index = next),
  highlight,
  stop,
  mutations,
  hover,
  markJs,
  keepMatcher,
};
(window as unknown as { backstoryBench: typeof api }).backstoryBench = api;

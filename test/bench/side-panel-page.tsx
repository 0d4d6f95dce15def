/**
 * The side panel bench page (bundled by side-panel-bench.mjs with esbuild into an IIFE, served
 * with the side panel's CSS and the seed dataset): renders the real <SidePanelApp> with the seed
 * plus 10,000 synthetic entities and 5,000 articles and times, inside the page, its first render to
 * painted and each keystroke of a search to the next paint. Exposed as `window.panelBench`.
 */
import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import type { Dataset } from '../../lib/dataset-schema';
import { createSearchIndex } from '../../lib/query/search-index';
import { benchPage, panelBenchDataset, type BenchPage } from './side-panel-dataset';

export interface FirstRender {
  /** The render() call: every component of the first view built and in the DOM. */
  renderedMs: number;
  /** Until two animation frames later: the first view is painted. */
  paintedMs: number;
  /** Names listed in "On this page". */
  listed: number;
}

export interface KeystrokeSample {
  key: string;
  /** The search box's value after the keystroke. */
  query: string;
  /** From the keydown's timestamp to the panel's DOM updated (search run and results rendered). */
  domMs: number;
  /** From the keydown's timestamp to the end of the next frame: the results are on screen. */
  paintMs: number;
}

declare global {
  interface Window {
    seedDataset: Dataset;
    panelBench: typeof panelBench;
  }
}

const now = (): number => performance.now();
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** The end of the next frame: a task posted from requestAnimationFrame runs once that frame is out. */
const afterNextPaint = (): Promise<number> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(now());
      channel.port2.postMessage(null);
    }),
  );

// The panel builds its search index in an idle callback after the first paint: time those callbacks.
const idleDurations: number[] = [];
const requestIdle = window.requestIdleCallback.bind(window);
window.requestIdleCallback = (callback, options) =>
  requestIdle((deadline) => {
    const start = now();
    try {
      callback(deadline);
    } finally {
      idleDurations.push(now() - start);
    }
  }, options);

let dataset: Dataset | null = null;
let page: BenchPage | null = null;
const samples: KeystrokeSample[] = [];
let recording = false;

function prepare(): { entities: number; agreements: number; articles: number; pageEntities: number; typo: { query: string; name: string } } {
  dataset = panelBenchDataset(window.seedDataset);
  page = benchPage(dataset);
  return {
    entities: dataset.entities.length,
    agreements: dataset.agreements.length,
    articles: dataset.articles.length,
    pageEntities: Object.keys(page.counts).length,
    typo: typoQuery(dataset),
  };
}

/**
 * A reader's typo of a synthetic person's name, halfway through the dataset: the surname loses a
 * letter ("Kalover Minsel" → "kalover minel").
 */
function typoQuery(data: Dataset): { query: string; name: string } {
  const people = data.entities.filter((entity) => entity.kind === 'person' && entity.id.startsWith('person:synthetic-'));
  const name = people[people.length >> 1]!.name;
  const [first, last] = name.toLowerCase().split(' ') as [string, string];
  const at = last.length >> 1;
  return { query: `${first} ${last.slice(0, at)}${last.slice(at + 1)}`, name };
}

async function firstRender(): Promise<FirstRender> {
  if (!dataset || !page) throw new Error('prepare first');
  const app = document.getElementById('app')!;
  const start = now();
  render(<SidePanelApp dataset={dataset} page={{ tabId: 1, status: 'ready', ...page }} onJump={() => {}} onOpenArticle={() => {}} />, app);
  const renderedMs = now() - start;
  await frame();
  await frame();
  const paintedMs = now() - start;
  return { renderedMs, paintedMs, listed: app.querySelectorAll('[role="tabpanel"] li').length };
}

/** Resolves with the duration of the idle callback that built the search index, once it ran. */
async function searchIndexBuilt(): Promise<number> {
  const deadline = now() + 10_000;
  while (idleDurations.length === 0) {
    if (now() > deadline) throw new Error('the side panel never built its search index at idle');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Math.max(...idleDurations);
}

/** Records every keystroke from its keydown to the DOM update and to the next paint. */
function watchKeystrokes(): void {
  let pending: { key: string; start: number; domAt: number } | null = null;
  new MutationObserver(() => {
    if (pending && pending.domAt === 0) pending.domAt = now();
  }).observe(document.getElementById('app')!, { subtree: true, childList: true, characterData: true, attributes: true });
  window.addEventListener('keydown', (event) => {
    if (recording) pending = { key: event.key, start: event.timeStamp, domAt: 0 };
  }, { capture: true });
  window.addEventListener('input', (event) => {
    const current = pending;
    if (!current) return;
    const query = (event.target as HTMLInputElement).value;
    // The panel re-renders in a microtask after this event, before the next frame.
    void afterNextPaint().then((paintedAt) => {
      if (pending === current) pending = null;
      samples.push({ key: current.key, query, domMs: current.domAt ? current.domAt - current.start : NaN, paintMs: paintedAt - current.start });
    });
  }, { capture: true });
}

/** The top entity the panel lists for the current query. */
function topEntity(): string | null {
  return document.querySelector('[role="option"] .bs-search__option-label')?.textContent ?? null;
}

/** The search index's own time for the query, warm, for reference. */
function searchOnlyMs(query: string, repeats: number): number {
  if (!dataset) throw new Error('prepare first');
  const index = createSearchIndex(dataset);
  const start = now();
  for (let i = 0; i < repeats; i++) index.search(query);
  return (now() - start) / repeats;
}

const panelBench = {
  prepare,
  firstRender,
  searchIndexBuilt,
  watchKeystrokes,
  record: (on: boolean) => void (recording = on),
  samples: () => samples,
  topEntity,
  searchOnlyMs,
};
window.panelBench = panelBench;

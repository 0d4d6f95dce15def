/**
 * The side panel bench page (bundled by side-panel-bench.mjs with esbuild into an IIFE, served
 * with the side panel's CSS and the seed dataset): renders the real <SidePanelApp> with the seed
 * plus 10,000 synthetic entities and 5,000 articles and times, inside the page, its first render to
 * painted and (with panel-probe.ts) each keystroke of a search to the next paint. Exposed as
 * `window.panelBench`.
 */
import { render } from 'preact';
import { SidePanelApp } from '../../components/side-panel-app';
import type { Dataset } from '../../lib/dataset-schema';
import { createSearchIndex } from '../../lib/query/search-index';
import { installPanelProbe, now } from './panel-probe';
import { benchPage, panelBenchDataset, typoQuery, type BenchPage } from './side-panel-dataset';

export interface FirstRender {
  /** The render() call: every component of the first view built and in the DOM. */
  renderedMs: number;
  /** Until two animation frames later: the first view is painted. */
  paintedMs: number;
  /** Names listed in "On this page". */
  listed: number;
}

declare global {
  interface Window {
    seedDataset: Dataset;
    panelBench: typeof panelBench;
  }
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

// Installed before the panel renders: it times the idle callback that builds the search index.
const probe = installPanelProbe();

let dataset: Dataset | null = null;
let page: BenchPage | null = null;

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

/** The search index's own time for the query, warm, for reference. */
function searchOnlyMs(query: string, repeats: number): number {
  if (!dataset) throw new Error('prepare first');
  const index = createSearchIndex(dataset);
  const start = now();
  for (let i = 0; i < repeats; i++) index.search(query);
  return (now() - start) / repeats;
}

const panelBench = { ...probe, prepare, firstRender, searchOnlyMs };
window.panelBench = panelBench;

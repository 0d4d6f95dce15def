/**
 * Scale, in the real extension: the built extension loaded in Chromium, a dataset of 10,000
 * synthetic entities and 5,000 articles imported through the side panel's "Import" control as a
 * reader would, then a news page highlighted, the side panel's first render and search, and the
 * heaps. Part of `npm run bench` (run.mjs); also runs alone: `npx wxt build && node
 * test/bench/extension-scale.mjs` (BENCH_RUNS, BENCH_QUICK, CHROME_PATH as for run.mjs).
 *
 *   Node: the seed + synthetic dataset of the reader's-views bench (side-panel-dataset.ts
 *         `panelBenchDataset`), less the seed: the reader's layer, written as an "Export my
 *         additions" file (lib/transfer/export-file.ts); a 45,000-char news page naming its
 *         entities (news-page.ts), with a probe of CSS.highlights in the page's main world
 *   import: sidepanel.html → "Your dataset" → setInputFiles → "… is a valid Backstory file"
 *           (checked in the panel) → "Apply import" → "Imported …" (applied, indexed and
 *           published by the service worker); what is stored afterwards; the longest task meanwhile
 *           on the main thread of the seed page's tab, left open
 *   highlight: fresh tabs of a page naming the seed's entities before the import, of the same page
 *           after it, and of the page naming imported entities: from the load event to the first and
 *           to the last change in the ranges registered under CSS.highlights (the content script
 *           registers them from its isolated world; the registry is the document's, so the main
 *           world sees them), each stamped at the end of the frame that showed it; the longest task
 *           on the tab's main thread (Chromium's trace); the mentions the tab reported; the pointer
 *           on an imported name until its card shows
 *   side panel: fresh sidepanel.html?tab=ID tabs for that page, with panel-probe.ts injected before
 *           the panel's code: from the panel's navigation start to the frame whose "On this page"
 *           lists every name the tab reported (the tab's report read from session storage, rendered,
 *           painted); each read of the reader's layer by the panel (a probe wraps
 *           chrome.storage.local.get) and its idle-time search index; then side-panel-bench.mjs's typing of
 *           "skolkovo" and a misspelt synthetic name, keydown → next paint
 *   save: the reader removes one imported article (the message the side panel sends): the service
 *           worker's time, and the longest task meanwhile on the news page's tab, left open
 *   heaps after GC (CDP Runtime.getHeapUsage): service worker before and after the import, the
 *           news tab, the panel; storage.local in use
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { launchChromium } from '../e2e/support/browsers.mjs';
import { startPageServer } from '../e2e/support/page-server.mjs';
import { hover, reportedPage } from '../e2e/support/reader.mjs';
import { pageHeapAfterGc, serviceWorkerProbe } from './endurance.mjs';
import { QUERIES_FIXED, keystrokeMedians, seedDataset, typeQueries } from './side-panel-bench.mjs';
import { median } from './median.mjs';

const NEWS_PATH = '/scale/news.html';
/** The same kind of page naming only the seed's entities: the same page before and after the import. */
const SEED_NEWS_PATH = '/scale/seed-news.html';
const NEWS_CHARS = 45_000;
/** Long enough for a 10 MB file to be read, checked, sent, applied and indexed on a loaded machine. */
const IMPORT_TIMEOUT_MS = 120_000;
/** The page's highlights count as settled once they have not changed for this long. */
const SETTLED_MS = 500;
/** After the import, time for a tab left open to take in the new index and highlight again. */
const OPEN_TAB_SETTLE_MS = 1500;


/**
 * In the news page's main world, from its first frame: every change in the number of ranges under
 * Backstory's highlights, stamped at the end of the frame that first showed it.
 */
const HIGHLIGHT_PROBE = `<script>(() => {
  const frames = [];
  let last = -1;
  let watching = true;
  const ranges = () => { let n = 0; for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) n += h.size; return n; };
  const tick = () => {
    if (!watching) return;
    const count = ranges();
    if (count !== last) {
      last = count;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => frames.push({ paintedMs: performance.now(), ranges: count });
      channel.port2.postMessage(null);
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.highlightProbe = { frames, stop: () => { watching = false; } };
})();</script>`;

/** The reader's layer (seed-less part of the panel bench's dataset) as an export file, and the page. */
async function scaleData(root) {
  const seed = await seedDataset(root);
  const { panelBenchDataset, typoQuery } = await tsImport('./side-panel-dataset.ts', import.meta.url);
  const { createExportFile } = await tsImport('../../lib/transfer/export-file.ts', import.meta.url);
  const { USER_LAYER_VERSION } = await tsImport('../../lib/user-layer.ts', import.meta.url);
  const { newsPage } = await tsImport('./news-page.ts', import.meta.url);
  const dataset = panelBenchDataset(seed);
  const bundled = new Set([...seed.entities, ...seed.agreements, ...seed.articles].map((item) => item.id));
  const own = (items) => items.filter((item) => !bundled.has(item.id));
  const layer = { version: USER_LAYER_VERSION, entities: own(dataset.entities), agreements: own(dataset.agreements), articles: own(dataset.articles), hidden: [] };
  const fileText = createExportFile('mine', layer, seed, new Date());
  const html = newsPage({ entities: layer.entities, chars: NEWS_CHARS, seed: 45, head: HIGHLIGHT_PROBE });
  const seedHtml = newsPage({ entities: seed.entities, chars: NEWS_CHARS, seed: 45, head: HIGHLIGHT_PROBE });
  // An organisation named in full on the page (its first mention is always the full name).
  const name = layer.entities.filter((e) => e.kind === 'org').map((e) => e.name).find((n) => html.includes(n));
  return {
    layer,
    fileText,
    html,
    seedHtml,
    name,
    typo: typoQuery(dataset),
    counts: { entities: dataset.entities.length, agreements: dataset.agreements.length, articles: dataset.articles.length },
  };
}

/**
 * In the side panel, before its code runs: when each read of the reader's layer from storage.local
 * (the panel's own, and any a storage library makes) delivers it, in `window.layerReads`.
 */
const LAYER_READ_PROBE = `(() => {
  const reads = [];
  window.layerReads = reads;
  const area = chrome.storage.local;
  const get = area.get.bind(area);
  const mark = (keys, value) => {
    if ([keys].flat().includes('userLayer')) reads.push({ ms: performance.now(), chars: typeof value?.userLayer === 'string' ? value.userLayer.length : -1 });
    return value;
  };
  area.get = (keys, callback) => (typeof callback === 'function' ? get(keys, (value) => callback(mark(keys, value))) : get(keys).then((value) => mark(keys, value)));
})();`;

/** panel-probe.ts as a script for addInitScript: `window.panelBench` before the panel's own code runs. */
async function panelProbeScript() {
  const result = await esbuild.build({
    stdin: {
      contents: "import { installPanelProbe, watchListFrames } from './panel-probe';\nwindow.panelBench = { ...installPanelProbe(), ...watchListFrames() };",
      resolveDir: import.meta.dirname,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** The import as a reader does it; timed in the panel (in-page stamps) and from Node. */
async function importThroughPanel(browser, file) {
  const panel = await browser.openExtensionPage('sidepanel.html');
  try {
    await panel.getByText('Your dataset: export and import').click();
    const input = panel.getByLabel(/^Import/);
    await input.evaluate((element) => {
      const marks = {};
      window.importMarks = marks;
      element.addEventListener('change', () => (marks.chosen ??= performance.now()), { capture: true });
      document.addEventListener('click', (event) => {
        if (event.target.closest('button')?.textContent === 'Apply import') marks.applied ??= performance.now();
      }, { capture: true });
      new MutationObserver(() => {
        for (const status of document.querySelectorAll('[role="status"], [role="alert"]')) {
          const text = status.textContent;
          if (text.includes('is a valid Backstory file')) marks.checked ??= performance.now();
          if (text.startsWith('Imported')) marks.imported ??= performance.now();
        }
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const outcome = (pattern) =>
      Promise.race([
        panel.getByRole('status').filter({ hasText: pattern }).waitFor({ timeout: IMPORT_TIMEOUT_MS }).then(async () => ({ text: await panel.getByRole('status').filter({ hasText: pattern }).innerText() })),
        panel.getByRole('alert').first().waitFor({ timeout: IMPORT_TIMEOUT_MS }).then(async () => ({ error: await panel.getByRole('alert').first().innerText() })),
      ]);
    const started = performance.now();
    await input.setInputFiles(file);
    const checked = await outcome('is a valid Backstory file');
    if (checked.error) throw new Error(`the panel refused the file: ${checked.error}`);
    await panel.getByRole('button', { name: 'Apply import' }).click();
    const imported = await outcome(/^Imported/);
    const totalMs = performance.now() - started;
    if (imported.error) throw new Error(`the import failed: ${imported.error}`);
    const marks = await panel.evaluate(() => window.importMarks);
    return { totalMs, checkMs: marks.checked - marks.chosen, applyMs: marks.imported - marks.applied, status: imported.text };
  } finally {
    await panel.close();
  }
}

/** What the service worker stored: the reader's layer, the published index (and the time to read it back, as each tab does), bytes in use. */
function storedState(browser) {
  return browser.evaluateInBackground(async () => {
    const start = performance.now();
    const { aliasIndex } = await chrome.storage.local.get('aliasIndex');
    const indexReadMs = performance.now() - start;
    const { userLayer: text } = await chrome.storage.local.get('userLayer');
    // Stored as its JSON text (lib/stored-user-layer.ts); as an object before.
    const userLayer = typeof text === 'string' ? JSON.parse(text) : text;
    return {
      indexReadMs,
      indexBytes: JSON.stringify(aliasIndex ?? null).length,
      entities: userLayer?.entities?.length ?? 0,
      agreements: userLayer?.agreements?.length ?? 0,
      articles: userLayer?.articles?.length ?? 0,
      indexedEntities: aliasIndex?.index?.ids?.length ?? 0,
      indexedAliases: aliasIndex?.index?.aliasCount ?? 0,
      localBytes: await chrome.storage.local.getBytesInUse(null),
    };
  });
}

/**
 * Chromium's trace of top-level tasks from now until `longestTaskMs()`: the longest task on a web
 * page renderer's main thread (the tab's, where the page and the content script run; no other page
 * is loading meanwhile; the extension's own pages, such as a side panel, run in a renderer of their
 * own, left out). The Long Tasks API would not do: it leaves out tasks that deliver extension
 * API replies to the content script.
 */
async function traceMainThreadTasks(page) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await cdp.send('Tracing.start', { categories: 'toplevel', transferMode: 'ReportEvents' });
  return {
    async longestTaskMs() {
      const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      const extensionPids = new Set(events.filter((e) => e.name === 'process_name' && e.args?.name === 'Extension Renderer').map((e) => e.pid));
      const main = new Set(
        events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && !extensionPids.has(e.pid)).map((e) => `${e.pid}:${e.tid}`),
      );
      const tasks = events.filter((e) => e.name === 'ThreadControllerImpl::RunTask' && e.ph === 'X' && main.has(`${e.pid}:${e.tid}`));
      return Math.max(0, ...tasks.map((e) => e.dur / 1000));
    },
  };
}

/** A fresh tab of the news page: load → highlights settled; the frames, the load event, what the tab reported. */
async function highlightOnce(browser, url) {
  const page = await browser.context.newPage();
  const trace = await traceMainThreadTasks(page);
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(
    (settledMs) => {
      const frames = window.highlightProbe.frames;
      const last = frames.at(-1);
      return last !== undefined && last.ranges > 0 && performance.now() - last.paintedMs > settledMs;
    },
    SETTLED_MS,
    { timeout: 15_000 },
  );
  const { frames, loadMs } = await page.evaluate(() => {
    window.highlightProbe.stop();
    return { frames: window.highlightProbe.frames, loadMs: performance.getEntriesByType('navigation')[0].loadEventStart };
  });
  const longestTaskMs = await trace.longestTaskMs();
  const reported = await reportedPage(browser, url);
  const first = frames.find((f) => f.ranges > 0);
  const last = frames.at(-1);
  return {
    page,
    tabId: reported.tabId,
    counts: reported.counts,
    ranges: last.ranges,
    loadMs,
    firstMs: first.paintedMs - loadMs,
    allMs: last.paintedMs - loadMs,
    allSinceNavigationMs: last.paintedMs,
    longestTaskMs,
  };
}

/** `runs` fresh tabs of `url` (each its own address); the last stays open, as `last`. Medians of the timings. */
async function highlightRuns(browser, url, runs) {
  const loads = [];
  for (let run = 0; run < runs; run++) {
    const sample = await highlightOnce(browser, `${url}?run=${run}`);
    if (run < runs - 1) await sample.page.close();
    loads.push(sample);
  }
  return {
    last: loads.at(-1),
    loads: loads.length,
    firstMs: median(loads.map((l) => l.firstMs)),
    allMs: median(loads.map((l) => l.allMs)),
    worstAllMs: Math.max(...loads.map((l) => l.allMs)),
    allSinceNavigationMs: median(loads.map((l) => l.allSinceNavigationMs)),
    longestTaskMs: Math.max(...loads.map((l) => l.longestTaskMs)),
    ranges: loads.at(-1).ranges,
  };
}

/** A fresh side panel pinned to the news tab: first render with every name listed, idle index, keystrokes. */
async function panelOnce(browser, { tabId, expected, probeJs, queries, measureHeap }) {
  const panel = await browser.context.newPage();
  try {
    // A side panel's width.
    await panel.setViewportSize({ width: 400, height: 800 });
    await panel.addInitScript({ content: probeJs });
    await panel.addInitScript({ content: LAYER_READ_PROBE });
    await panel.goto(browser.extensionUrl(`sidepanel.html?tab=${tabId}`));
    await panel.waitForFunction((expected) => window.panelBench.listFrames().some((f) => f.listed >= expected), expected, { timeout: 30_000 });
    const { frames, firstContentfulMs } = await panel.evaluate(() => {
      window.panelBench.stopListFrames();
      return { frames: window.panelBench.listFrames(), firstContentfulMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN };
    });
    const listed = frames.find((f) => f.listed >= expected);
    const indexMs = await panel.evaluate((after) => window.panelBench.searchIndexBuilt(after), listed.paintedMs);
    // The reader's whole dataset: read (as often as the panel reads it) once the list is out, then merged and indexed.
    const layerReads = await panel.evaluate(() => window.layerReads.slice());
    // Reading the stored layer alone, as the panel does first: part of its first render.
    const storageReadMs = await panel.evaluate(async () => {
      const start = performance.now();
      await chrome.storage.local.get('userLayer');
      return performance.now() - start;
    });
    await panel.evaluate(() => window.panelBench.watchKeystrokes());
    const { keystrokes, topHits } = await typeQueries(panel, queries);
    const heap = measureHeap ? await pageHeapAfterGc(panel) : null;
    return { listedMs: listed.paintedMs, listed: listed.listed, frames, firstContentfulMs, indexMs, layerReads, storageReadMs, keystrokes, topHits, heap };
  } finally {
    await panel.close();
  }
}

/**
 * One save at scale, as the side panel sends it when the reader removes an article they added: the
 * service worker's time (read, change, validate, write, re-index, publish), and the longest task
 * meanwhile on the main thread of a tab left open (what storage changes bring it, and highlighting
 * it again with the new index).
 */
async function saveWithTabOpen(browser, tab, articleId) {
  const sender = await browser.openExtensionPage('popup.html');
  try {
    const trace = await traceMainThreadTasks(tab);
    const started = performance.now();
    const answer = await sender.evaluate((articleId) => chrome.runtime.sendMessage({ type: 'removeArticle', data: { articleId } }), articleId);
    const ms = performance.now() - started;
    await tab.waitForTimeout(OPEN_TAB_SETTLE_MS);
    return { ok: answer?.ok === true, ms, openTabLongestTaskMs: await trace.longestTaskMs() };
  } finally {
    await sender.close();
  }
}

const withoutTab = ({ last, ...figures }) => figures;

/** Runs the scale run; figures for extension-scale-report.mjs's `extensionScaleReport`. */
export async function extensionScaleBench({ root = resolve(import.meta.dirname, '../..'), runs = 5, log = () => {} } = {}) {
  const started = performance.now();
  log('scale: the synthetic dataset as an export file');
  const data = await scaleData(root);
  const probeJs = await panelProbeScript();
  const dir = mkdtempSync(join(tmpdir(), 'backstory-scale-'));
  const file = join(dir, 'backstory-mine-scale.json');
  writeFileSync(file, data.fileText);
  const server = await startPageServer();
  server.add(NEWS_PATH, data.html);
  server.add(SEED_NEWS_PATH, data.seedHtml);
  const browser = await launchChromium();
  const sw = await serviceWorkerProbe(browser.context, browser.baseUrl);
  try {
    log('scale: the seed news page, before the import');
    const seedBefore = await highlightRuns(browser, server.url(SEED_NEWS_PATH), runs);
    const heaps = { tabSeed: await pageHeapAfterGc(seedBefore.last.page) };
    heaps.swBefore = await sw.heapAfterGc();
    log(`scale: importing ${(data.fileText.length / 1e6).toFixed(1)} MB through the side panel`);
    // The seed page stays open meanwhile: what the import costs a tab the reader has open (the new
    // index to read and highlight with, and whatever else storage.onChanged brings it).
    const openTab = seedBefore.last.page;
    const openTabTrace = await traceMainThreadTasks(openTab);
    const imported = await importThroughPanel(browser, file);
    await openTab.waitForTimeout(OPEN_TAB_SETTLE_MS);
    imported.openTabLongestTaskMs = await openTabTrace.longestTaskMs();
    await openTab.close();
    const stored = await storedState(browser);
    heaps.swAfter = await sw.heapAfterGc();

    log('scale: the seed news page, after the import');
    const seedAfter = await highlightRuns(browser, server.url(SEED_NEWS_PATH), runs);
    await seedAfter.last.page.close();
    log('scale: the news page naming imported entities');
    const importedPage = await highlightRuns(browser, server.url(NEWS_PATH), runs);
    const news = importedPage.last;
    const imports = new Set(data.layer.entities.map((e) => e.id));
    const found = Object.entries(news.counts).filter(([, count]) => count > 0);
    const importedFound = found.filter(([id]) => imports.has(id));
    const hoverStart = performance.now();
    await hover(news.page, data.name);
    const shown = await news.page
      .getByRole('dialog', { name: data.name })
      .waitFor({ state: 'visible', timeout: 5_000 })
      .then(() => true, () => false);
    const cardMs = performance.now() - hoverStart;
    heaps.tab = await pageHeapAfterGc(news.page);

    const panels = [];
    for (let run = 0; run < runs; run++) {
      log(`scale: side panel, run ${run + 1} of ${runs}`);
      panels.push(await panelOnce(browser, { tabId: news.tabId, expected: found.length, probeJs, queries: [...QUERIES_FIXED, data.typo.query], measureHeap: run === runs - 1 }));
    }
    heaps.panel = panels.at(-1).heap;

    log('scale: one save with the imported dataset, the news tab open');
    const save = await saveWithTabOpen(browser, news.page, data.layer.articles.at(-1).id);
    heaps.swEnd = await sw.heapAfterGc();

    const errors = browser.errors.filter((error) => error.startsWith(browser.baseUrl) || error.startsWith('service worker:'));
    return {
      runs,
      seconds: (performance.now() - started) / 1000,
      dataset: data.counts,
      layer: { entities: data.layer.entities.length, agreements: data.layer.agreements.length, articles: data.layer.articles.length },
      fileBytes: Buffer.byteLength(data.fileText),
      imported,
      stored,
      highlight: {
        pageChars: data.html.length,
        ...withoutTab(importedPage),
        seedBefore: withoutTab(seedBefore),
        seedAfter: withoutTab(seedAfter),
        entities: found.length,
        importedEntities: importedFound.length,
        mentions: found.reduce((sum, [, count]) => sum + count, 0),
        importedMentions: importedFound.reduce((sum, [, count]) => sum + count, 0),
        card: { name: data.name, shown, ms: cardMs },
      },
      panel: {
        expected: found.length,
        listedMs: median(panels.map((p) => p.listedMs)),
        worstListedMs: Math.max(...panels.map((p) => p.listedMs)),
        listed: panels[0].listed,
        frames: panels[0].frames,
        firstContentfulMs: median(panels.map((p) => p.firstContentfulMs)),
        storageReadMs: median(panels.map((p) => p.storageReadMs)),
        layerReads: panels[0].layerReads.length,
        layerReadTimes: panels[0].layerReads.map((r) => r.ms),
        layerReadMs: median(panels.map((p) => (p.layerReads.length > 0 ? Math.max(...p.layerReads.map((r) => r.ms)) : NaN))),
        indexMs: median(panels.map((p) => p.indexMs)),
        keystrokes: keystrokeMedians(panels),
        topHits: panels[0].topHits,
        typo: data.typo,
      },
      save,
      heaps,
      workers: sw.workers,
      errors,
      offMachine: browser.offMachine(),
    };
  } finally {
    await sw.close();
    await browser.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs alone: its own report and verdict. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { extensionScaleReport } = await import('./extension-scale-report.mjs');
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const quick = process.env.BENCH_QUICK === '1';
  let result;
  try {
    result = await extensionScaleBench({ runs: quick ? Math.min(runs, 3) : runs, log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    result = { error: error.message };
  }
  const lines = [];
  const checks = [];
  extensionScaleReport(result, lines, (label, pass, detail) => checks.push({ label, pass, detail }));
  lines.push('');
  for (const { label, pass, detail } of checks) lines.push(`  ${pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
  console.log(lines.join('\n'));
  process.exit(checks.every((c) => c.pass) ? 0 : 1);
}

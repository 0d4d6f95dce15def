/**
 * The reader's views in real Chromium, against DESIGN.md's budgets: the side panel's first render
 * and its search per keystroke with the seed + 10,000 synthetic entities and 5,000 articles, and
 * the hover card's time to open after the hover delay. Part of `npm run bench` (run.mjs); also runs
 * alone: `node test/bench/side-panel-bench.mjs` (BENCH_RUNS, CHROME_PATH as for run.mjs).
 *
 *   Node: esbuild bundles test/bench/side-panel-page.tsx (the real <SidePanelApp>) and
 *         test/bench/card-page.tsx (highlighter + hover controller + card view, as the content script
 *         wires them), the side panel's and the card's CSS; the seed dataset is built from seeds/
 *   Chromium, a fresh page per run: panel first render → painted (two frames); its idle-time search
 *         index; the Search tab; "skolkovo" and a misspelt synthetic name typed key by key, each
 *         timed from keydown to the next paint; then pointer rests on six names, each card timed
 *         from the pointer at rest to the placed card painted, less the 150 ms hover delay
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { tsImport } from 'tsx/esm/api';
import { median } from './median.mjs';

/** Typed in every panel's Search tab, before a misspelt synthetic name (side-panel-dataset.ts `typoQuery`). */
export const QUERIES_FIXED = ['skolkovo'];
const CARDS_PER_LOAD = 6;
/** A reader types a few keys a second: each keystroke's work is over before the next. */
const KEY_INTERVAL_MS = 80;


async function bundleScript(root, entry) {
  const result = await esbuild.build({
    entryPoints: [join(root, entry)],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  return result.outputFiles[0].text;
}

/** CSS files with their @imports inlined, as Vite does for the extension's pages and `?inline`. */
async function bundleCss(root, files) {
  const result = await esbuild.build({
    stdin: { contents: files.map((file) => `@import './${file}';`).join('\n'), resolveDir: root, loader: 'css' },
    bundle: true,
    write: false,
    logLevel: 'silent',
    absWorkingDir: root,
  });
  return result.outputFiles[0].text;
}

/** The bundled seed dataset, built from seeds/ as the extension's build does. */
export async function seedDataset(root) {
  const { buildSeedDataset } = await tsImport(pathToFileURL(join(root, 'lib/seed/build-seed-dataset.ts')).href, import.meta.url);
  const seedDir = join(root, 'seeds');
  const files = readdirSync(seedDir).filter((file) => file.endsWith('.txt')).sort();
  return buildSeedDataset({
    articles: files.map((file) => ({ file: `seeds/${file}`, text: readFileSync(join(seedDir, file), 'utf8') })),
    curation: { file: 'seeds/curation.json', text: readFileSync(join(seedDir, 'curation.json'), 'utf8') },
  }).dataset;
}

/** JSON safe inside <script>. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** Serves the two bench pages cross-origin isolated, so performance.now() is precise to microseconds. */
async function servePages(root) {
  const [panelJs, cardJs, panelCss, cardCss, seed] = await Promise.all([
    bundleScript(root, 'test/bench/side-panel-page.tsx'),
    bundleScript(root, 'test/bench/card-page.tsx'),
    bundleCss(root, ['components/side-panel.css', 'components/add-page.css']),
    bundleCss(root, ['components/hover-card.css']),
    seedDataset(root),
  ]);
  const highlightCss = readFileSync(join(root, 'entrypoints/content/highlights.css'), 'utf8');
  const seedScript = `<script>window.seedDataset = ${scriptJson(seed)};</script>`;
  const pages = {
    '/panel': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Backstory</title><style>${panelCss}</style>${seedScript}<script src="/panel.js"></script></head><body><div id="app"></div></body></html>`,
    '/card': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>News</title><style>body { font: 18px/1.6 Georgia, serif; max-width: 44rem; margin: 0 auto; padding: 1rem; } ${highlightCss}</style>${seedScript}<script>window.cardCss = ${scriptJson(cardCss)};</script><script src="/card.js"></script></head><body><h1>Thirty names in the news</h1></body></html>`,
  };
  const scripts = { '/panel.js': panelJs, '/card.js': cardJs };
  const server = createServer((request, response) => {
    const path = new URL(request.url, 'http://127.0.0.1').pathname;
    const body = pages[path] ?? scripts[path];
    if (body === undefined) return response.writeHead(404).end();
    response.writeHead(200, {
      'content-type': path in pages ? 'text/html; charset=utf-8' : 'text/javascript',
      'cache-control': 'no-store',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    response.end(body);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { url: (path) => origin + path, close: () => new Promise((done) => server.close(done)) };
}

/**
 * Types each query key by key into the Search tab of a panel whose `window.panelBench` comes from
 * panel-probe.ts (watchKeystrokes already called), each key once the previous one is on screen,
 * then clears the box. Returns every keystroke's sample and each query's top entity.
 */
export async function typeQueries(page, queries) {
  await page.getByRole('tab', { name: 'Search' }).click();
  await page.getByRole('searchbox').focus();
  const topHits = [];
  for (const query of queries) {
    await page.evaluate(() => window.panelBench.record(true));
    for (const key of query) {
      const count = await page.evaluate(() => window.panelBench.samples().length);
      await page.keyboard.type(key);
      await page.waitForFunction((count) => window.panelBench.samples().length > count, count);
      await page.waitForTimeout(KEY_INTERVAL_MS);
    }
    topHits.push({ query, top: await page.evaluate(() => window.panelBench.topEntity()) });
    await page.evaluate(() => window.panelBench.record(false));
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForTimeout(150);
  }
  return { keystrokes: await page.evaluate(() => window.panelBench.samples()), topHits };
}

/**
 * The same keys in the same order on every run: keystroke i of every run is the same keystroke.
 * Per keystroke, the median and worst over the runs.
 */
export function keystrokeMedians(runs) {
  return runs[0].keystrokes.map((sample, i) => {
    const same = runs.map((run) => run.keystrokes[i]).filter((s) => s && s.query === sample.query);
    return { query: sample.query, paintMs: median(same.map((s) => s.paintMs)), domMs: median(same.map((s) => s.domMs)), worstPaintMs: Math.max(...same.map((s) => s.paintMs)) };
  });
}

/** One fresh side panel: first render, idle index, then every query typed key by key. */
async function panelOnce(browser, url) {
  // A side panel's width.
  const page = await browser.newPage({ viewport: { width: 400, height: 800 } });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const data = await page.evaluate(() => window.panelBench.prepare());
    const first = await page.evaluate(() => window.panelBench.firstRender());
    const indexMs = await page.evaluate(() => window.panelBench.searchIndexBuilt());
    await page.evaluate(() => window.panelBench.watchKeystrokes());
    const { keystrokes, topHits } = await typeQueries(page, [...QUERIES_FIXED, data.typo.query]);
    const searchOnlyMs = await page.evaluate(() => window.panelBench.searchOnlyMs('skolkovo', 20));
    return { data, first, indexMs, keystrokes, topHits, searchOnlyMs };
  } finally {
    await page.close();
  }
}

/** One fresh news page: the pointer rests on the first mention of several names in turn. */
async function cardOnce(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    await page.goto(url, { waitUntil: 'load' });
    const prepared = await page.evaluate(() => window.cardBench.prepare());
    const targets = (await page.evaluate(() => window.cardBench.targets())).slice(0, CARDS_PER_LOAD);
    if (targets.length < CARDS_PER_LOAD) throw new Error(`the card bench page shows ${targets.length} names, not ${CARDS_PER_LOAD}`);
    for (const target of targets) {
      await page.mouse.move(2, 2);
      await page.waitForFunction(() => !window.cardBench.cardOpen());
      const count = await page.evaluate(() => window.cardBench.samples().length);
      // One move, straight onto the name: that event is the moment the pointer comes to rest.
      await page.mouse.move(target.x, target.y);
      await page.waitForFunction((count) => window.cardBench.samples().length > count, count);
      await page.keyboard.press('Escape');
    }
    return { ...prepared, samples: await page.evaluate(() => window.cardBench.samples()) };
  } finally {
    await page.close();
  }
}

/**
 * Runs the reader's views' bench in `browser` (a playwright-core Browser) and returns the raw
 * figures; side-panel-report.mjs turns them into lines and budget checks.
 */
export async function sidePanelBench({ root, browser, runs, log = () => {} }) {
  const server = await servePages(root);
  try {
    const panel = [];
    for (let run = 0; run < runs; run++) {
      log(`side panel: run ${run + 1} of ${runs}`);
      panel.push(await panelOnce(browser, server.url('/panel')));
    }
    const card = [];
    for (let run = 0; run < runs; run++) {
      log(`hover card: run ${run + 1} of ${runs}`);
      card.push(await cardOnce(browser, server.url('/card')));
    }
    return summarise(panel, card, runs);
  } finally {
    await server.close();
  }
}

function summarise(panel, card, runs) {
  const { data } = panel[0];
  const keystrokes = keystrokeMedians(panel);
  const cards = card.flatMap((run) => run.samples);
  const firstCards = cards.filter((s) => s.first);
  const laterCards = cards.filter((s) => !s.first);
  return {
    runs,
    dataset: data,
    firstRender: {
      paintedMs: median(panel.map((run) => run.first.paintedMs)),
      renderedMs: median(panel.map((run) => run.first.renderedMs)),
      worstPaintedMs: Math.max(...panel.map((run) => run.first.paintedMs)),
      listed: panel[0].first.listed,
    },
    indexMs: median(panel.map((run) => run.indexMs)),
    searchOnlyMs: median(panel.map((run) => run.searchOnlyMs)),
    keystrokes,
    topHits: panel[0].topHits,
    typo: data.typo,
    card: {
      mentions: card[0].mentions,
      samples: cards.length,
      first: { openMs: median(firstCards.map((s) => s.openMs)), paintedMs: median(firstCards.map((s) => s.paintedMs)) },
      later: { openMs: median(laterCards.map((s) => s.openMs)), paintedMs: median(laterCards.map((s) => s.paintedMs)) },
      worstPaintedMs: Math.max(...cards.map((s) => s.paintedMs)),
    },
  };
}

// Alone: its own Chromium, its own report and verdict.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { chromiumSession } = await import('./chromium-session.mjs');
  const { sidePanelReport } = await import('./side-panel-report.mjs');
  const root = resolve(import.meta.dirname, '../..');
  const chrome = await chromiumSession();
  let results;
  try {
    results = await sidePanelBench({ root, browser: chrome.page.context().browser(), runs: Number(process.env.BENCH_RUNS ?? 5), log: (line) => process.stderr.write(`${line}\n`) });
  } finally {
    await chrome.close();
  }
  const lines = [];
  const checks = [];
  sidePanelReport(results, lines, (label, pass, detail) => checks.push({ label, pass, detail }));
  for (const { label, pass, detail } of checks) lines.push(`  ${pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
  console.log(lines.join('\n'));
  process.exit(checks.every((c) => c.pass) ? 0 : 1);
}

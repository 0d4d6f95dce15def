/**
 * Endurance: 200 pages opened and closed in one Chromium session with the built extension; the
 * service worker's heap and a page's heap (main world + the content script's isolated world, which
 * share the tab's V8 heap) must stay flat. Part of `npm run bench` (run.mjs); also runs alone:
 * `npx wxt build && node test/bench/endurance.mjs` (exit 1 when a figure is not flat).
 *
 *   each page, rotating among /demo/1.html, /demo/2.html, /demo/3.html and a generated 45,000-char
 *   news page naming the seed's entities: open → highlighted → hover one name until its card is
 *   visible → close
 *   at 0, 25, 50 … 200 pages: the service worker's JS heap after GC (browser CDP session attached to
 *   the service-worker target: HeapProfiler.collectGarbage, then Runtime.getHeapUsage), and a probe
 *   tab of the news page (same URL every time, not counted among the 200) highlighted and hovered,
 *   its heap measured after GC the same way; session storage in use (with the probe tab open) beside them
 *   flat: the figure at 200 within 10% (or 1 MB, whichever is larger) of the figure at 25
 *
 * Environment: CHROME_PATH (default /usr/bin/chromium), ENDURANCE_PAGES (default 200),
 * ENDURANCE_EVERY (default 25).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { launchChromium } from '../e2e/support/browsers.mjs';
import { startPageServer } from '../e2e/support/page-server.mjs';
import { card, hover, waitForHighlights } from '../e2e/support/reader.mjs';

const root = resolve(import.meta.dirname, '../..');

export const ENDURANCE_BUDGET = {
  pages: Number(process.env.ENDURANCE_PAGES ?? 200),
  every: Number(process.env.ENDURANCE_EVERY ?? 25),
  /** Flat: the last figure within this share of the figure after the first `every` pages… */
  share: 0.1,
  /** …or within this many bytes, whichever is larger. */
  slackBytes: 1_000_000,
};

/** A name to hover on each page: on the page, and highlighted there by the seed dataset. */
const DEMO_NAMES = { '/demo/1.html': 'Chan Heng Kee', '/demo/2.html': 'Skolkovo Foundation', '/demo/3.html': 'Vivian Balakrishnan' };
const NEWS_PATH = '/endurance/news.html';

async function generatedNewsPage() {
  const { buildSeedDataset } = await tsImport('../../lib/seed/build-seed-dataset.ts', import.meta.url);
  const { newsPage } = await tsImport('./news-page.ts', import.meta.url);
  const seedDir = join(root, 'seeds');
  const files = readdirSync(seedDir).filter((file) => file.endsWith('.txt')).sort();
  const { dataset } = buildSeedDataset({
    articles: files.map((file) => ({ file: `seeds/${file}`, text: readFileSync(join(seedDir, file), 'utf8') })),
    curation: { file: 'seeds/curation.json', text: readFileSync(join(seedDir, 'curation.json'), 'utf8') },
  });
  const html = newsPage({ entities: dataset.entities, chars: 45_000, seed: 45 });
  // An organisation named in full on the page (its first mention is always the full name).
  const name = dataset.entities.filter((e) => e.kind === 'org').map((e) => e.name).find((n) => html.includes(n));
  return { html, name: name ?? dataset.entities.map((e) => e.name).find((n) => html.includes(n)) };
}

/**
 * CDP commands to the extension's service worker. Playwright's CDPSession has no child sessions, so
 * the browser session attaches without flattening and speaks through Target.sendMessageToTarget.
 * The worker is looked up on every call: if Chromium stopped and restarted it, that is counted.
 */
export async function serviceWorkerProbe(context, baseUrl) {
  const cdp = await context.browser().newBrowserCDPSession();
  const pending = new Map();
  let nextId = 0;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const reply = JSON.parse(message);
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.error) waiting.reject(new Error(reply.error.message));
    else waiting.resolve(reply.result);
  });
  const targetIds = new Set();
  return {
    /** Worker targets seen so far (more than one: the worker was restarted). */
    get workers() {
      return targetIds.size;
    },
    async heapAfterGc() {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(baseUrl));
      if (!worker) throw new Error('the extension has no running service worker');
      targetIds.add(worker.targetId);
      const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: worker.targetId, flatten: false });
      const send = (method, params = {}) =>
        new Promise((done, fail) => {
          const id = ++nextId;
          pending.set(id, { resolve: done, reject: fail });
          cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) }).catch(fail);
        });
      try {
        await send('HeapProfiler.collectGarbage');
        await send('HeapProfiler.collectGarbage');
        return await send('Runtime.getHeapUsage');
      } finally {
        await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
      }
    },
    close: () => cdp.detach().catch(() => {}),
  };
}

/** Open → highlighted → hover `name` until its card shows → returns the page (still open). */
async function visit(context, url, name) {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await waitForHighlights(page);
  await hover(page, name);
  await card(page).waitFor({ state: 'visible', timeout: 5_000 });
  return page;
}

/** A page's JS heap after GC (main world and the content script's isolated world share it). */
export async function pageHeapAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return await cdp.send('Runtime.getHeapUsage');
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Runs the endurance session; figures for `enduranceReport`. */
export async function enduranceBench({ log = () => {} } = {}) {
  const { pages: total, every } = ENDURANCE_BUDGET;
  const news = await generatedNewsPage();
  const server = await startPageServer();
  const newsUrl = server.add(NEWS_PATH, news.html);
  const rotation = [
    ...Object.entries(DEMO_NAMES).map(([path, name]) => ({ url: server.url(path), name })),
    { url: newsUrl, name: news.name },
  ];
  const browser = await launchChromium();
  const started = Date.now();
  try {
    const sw = await serviceWorkerProbe(browser.context, browser.baseUrl);
    const samples = [];
    const measure = async (opened) => {
      const probe = await visit(browser.context, newsUrl, news.name);
      const pageHeap = await pageHeapAfterGc(probe);
      const sessionBytes = await browser.evaluateInBackground(() => chrome.storage.session.getBytesInUse(null)).catch(() => NaN);
      await probe.close();
      const swHeap = await sw.heapAfterGc();
      const sample = {
        opened,
        swUsed: swHeap.usedSize,
        swBacking: swHeap.backingStorageSize ?? 0,
        pageUsed: pageHeap.usedSize,
        pageBacking: pageHeap.backingStorageSize ?? 0,
        sessionBytes,
        openTabs: browser.context.pages().length,
        elapsedS: (Date.now() - started) / 1000,
      };
      samples.push(sample);
      log(`endurance: ${opened} pages, SW ${(sample.swUsed / 1e6).toFixed(2)} MB, page ${(sample.pageUsed / 1e6).toFixed(2)} MB`);
    };
    await measure(0);
    for (let opened = 1; opened <= total; opened++) {
      const { url, name } = rotation[(opened - 1) % rotation.length];
      const page = await visit(browser.context, url, name);
      await page.close();
      if (opened % every === 0 || opened === total) await measure(opened);
    }
    const offMachine = browser.offMachine();
    const errors = browser.errors.filter((error) => error.startsWith(browser.baseUrl) || error.startsWith('service worker:'));
    await sw.close();
    return { total, every, rotation: rotation.map(({ url, name }) => ({ path: new URL(url).pathname, name })), newsChars: news.html.length, samples, workers: sw.workers, offMachine, errors, seconds: (Date.now() - started) / 1000 };
  } finally {
    await browser.close();
    await server.close();
  }
}

const mb = (bytes) => `${(bytes / 1_000_000).toFixed(2)} MB`;
const signedMb = (bytes) => `${bytes >= 0 ? '+' : '−'}${(Math.abs(bytes) / 1_000_000).toFixed(2)} MB`;

/** Flat: the last figure within 10% (or 1 MB) of the figure after the first `every` pages. */
function flatness(samples, key, every) {
  const reference = samples.find((s) => s.opened >= every) ?? samples[0];
  const last = samples.at(-1);
  const allowed = Math.max(reference[key] * ENDURANCE_BUDGET.share, ENDURANCE_BUDGET.slackBytes);
  const growth = last[key] - reference[key];
  return { reference, last, growth, allowed, flat: growth <= allowed };
}

/** Report lines and checks, in the style of budgets.mjs (`check(label, pass, detail)`). */
export function enduranceReport(result, lines, check) {
  const label = `service worker and page heap flat over ${ENDURANCE_BUDGET.pages} pages (last within 10% or 1 MB of the figure at ${ENDURANCE_BUDGET.every})`;
  if (result.error) {
    lines.push('', `Endurance: not run — ${result.error}`);
    check(label, false, `not run: ${result.error}`);
    return;
  }
  const { samples, every, total } = result;
  lines.push(
    '',
    `Endurance: ${total} pages opened and closed in one Chromium session with the built extension (${result.seconds.toFixed(0)} s), rotating ${result.rotation.map((r) => `${r.path} (hover "${r.name}")`).join(', ')};`,
    `  each page: open → highlighted → hover until the card is visible → close. Heaps after HeapProfiler.collectGarbage, CDP Runtime.getHeapUsage;`,
    `  page heap = a probe tab of ${NEWS_PATH} (${Math.round(result.newsChars / 1000)} kB of HTML, highlighted and hovered; main world + content script), same URL each time.`,
  );
  const header = ['pages opened', 'SW heap', 'SW buffers', 'page heap', 'page buffers', 'session storage*', 'open tabs'];
  const rows = samples.map((s) => [String(s.opened), mb(s.swUsed), mb(s.swBacking), mb(s.pageUsed), mb(s.pageBacking), Number.isFinite(s.sessionBytes) ? `${(s.sessionBytes / 1000).toFixed(1)} kB` : '—', String(s.openTabs)]);
  const widths = header.map((_, i) => Math.max(...[header, ...rows].map((row) => row[i].length)));
  for (const row of [header, ...rows]) lines.push(`  ${row.map((cell, i) => cell.padStart(widths[i])).join('  ')}`);
  lines.push('  * storage.session bytes in use while the probe tab is open (per-tab page state); open tabs after it closed.');
  const sw = flatness(samples, 'swUsed', every);
  const page = flatness(samples, 'pageUsed', every);
  const describe = (f, key) => `${mb(f.reference[key])} at ${f.reference.opened} → ${mb(f.last[key])} at ${f.last.opened} (${signedMb(f.growth)}, allowed +${mb(f.allowed)})`;
  lines.push(`  service worker:   ${describe(sw, 'swUsed')}: ${sw.flat ? 'flat' : 'GROWING'}`);
  lines.push(`  page (probe tab): ${describe(page, 'pageUsed')}: ${page.flat ? 'flat' : 'GROWING'}`);
  lines.push(
    `  service worker targets seen: ${result.workers}${result.workers > 1 ? ' (Chromium restarted the worker: its heap started again)' : ''}; extension errors: ${result.errors.length}; requests off the machine: ${result.offMachine.length}`,
  );
  for (const error of result.errors.slice(0, 5)) lines.push(`    ${error}`);
  check(label, sw.flat && page.flat, `SW ${signedMb(sw.growth)} (${mb(sw.reference.swUsed)} → ${mb(sw.last.swUsed)}), page ${signedMb(page.growth)} (${mb(page.reference.pageUsed)} → ${mb(page.last.pageUsed)}) from ${sw.reference.opened} to ${sw.last.opened} pages`);
}

/** Runs alone: the table, the verdict, exit 1 when not flat. */
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const lines = [];
  const checks = [];
  let result;
  try {
    result = await enduranceBench({ log: (line) => process.stderr.write(`${line}\n`) });
  } catch (error) {
    result = { error: error.message };
  }
  enduranceReport(result, lines, (label, pass, detail) => checks.push({ label, pass, detail }));
  for (const { label, pass, detail } of checks) lines.push('', `  ${pass ? 'PASS' : 'FAIL'}  ${label}: ${detail}`);
  console.log(lines.join('\n'));
  process.exit(checks.every((c) => c.pass) ? 0 : 1);
}

import { chromium } from 'playwright-core';

/** TOOLCHAIN.md's flags, plus `gc()` and precise memory figures for the heap measurement. */
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--js-flags=--expose-gc',
  '--enable-precise-memory-info',
];

/**
 * One headless Chromium with one page and its CDP session. A measurement that runs past its time
 * limit (mark.js on a big page) cannot be interrupted inside the page, so the whole browser is
 * replaced instead.
 */
export async function chromiumSession() {
  const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
  let browser = null;
  let page = null;
  let cdp = null;

  async function open() {
    browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(0);
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
  }

  async function restart() {
    const old = browser;
    browser = null;
    await Promise.race([old?.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 5000))]);
    await open();
  }

  async function metrics() {
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(list.map(({ name, value }) => [name, value]));
  }

  await open();
  return {
    get page() {
      return page;
    },
    get cdp() {
      return cdp;
    },
    version: () => browser.version(),
    metrics,
    /** Runs `fn(page)`; past `limitMs`, restarts the browser and resolves to `{ timedOut: true }`. */
    async withLimit(limitMs, fn) {
      let timer;
      const limit = new Promise((resolve) => (timer = setTimeout(() => resolve({ timedOut: true }), limitMs)));
      const result = await Promise.race([fn(page).finally(() => clearTimeout(timer)), limit]);
      if (result?.timedOut) await restart();
      return result;
    },
    /**
     * Runs `fn()` under a Chromium trace of `categories`, goes on tracing for `afterMs` (what the browser
     * does just after, such as drawing the frame `fn` waited for), and resolves to `{ result, events }`.
     * When the browser is replaced meanwhile (a run past its limit), the trace is lost: `events` is empty.
     */
    async traced(categories, fn, afterMs = 0) {
      const session = cdp;
      const events = [];
      const collect = ({ value }) => events.push(...value);
      session.on('Tracing.dataCollected', collect);
      await session.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
      try {
        const result = await fn();
        await new Promise((resolve) => setTimeout(resolve, afterMs));
        const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
        const ended = await session.send('Tracing.end').then(
          () => true,
          () => false,
        );
        if (ended) await complete;
        return { result, events: ended ? events : [] };
      } finally {
        session.off('Tracing.dataCollected', collect);
      }
    },
    close: () => browser?.close(),
  };
}

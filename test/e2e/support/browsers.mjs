import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, firefox } from 'playwright-core';
import { BRIDGE_PAGE, BRIDGE_TRIGGER_PATH, withBridge } from './firefox-bridge.mjs';
import { startOfflineProxy } from './offline-proxy.mjs';
import { directoryEntries, zip } from './zip-files.mjs';

/**
 * Launches the system's Chromium or Firefox with the built extension loaded (recipes proven in
 * shared/TOOLCHAIN.md) and records every request and every error, so a test can assert that the
 * extension made no network request and that its pages loaded cleanly.
 *
 * @typedef {object} ExtensionBrowser
 * @property {'chromium' | 'firefox'} name
 * @property {import('playwright-core').BrowserContext} context
 * @property {string} baseUrl `chrome-extension://ID` or `moz-extension://UUID`
 * @property {string[]} requests every URL requested by a page, frame, worker (and, in Firefox, via the proxy, anything)
 * @property {string[]} errors page errors and console errors, each prefixed with where it happened
 * @property {(path: string) => string} extensionUrl
 * @property {(path: string, opener?: import('playwright-core').Page) => Promise<import('playwright-core').Page>} openExtensionPage
 * @property {<A, R>(fn: (arg: A) => R | Promise<R>, arg?: A) => Promise<R>} evaluateInBackground
 *   Chromium: in the service worker. Firefox: in an extension page of the extension (same APIs and
 *   privileges; the background page itself is `await browser.runtime.getBackgroundPage()`).
 * @property {() => Promise<string[]>} backgroundErrors errors and console errors of the background so far
 *   (Firefox: `errors` learns of errors in extension pages and the background only when this or
 *   `assertNoExtensionErrors` runs, and only from pages still open)
 * @property {() => string[]} offMachine requests that left 127.0.0.1/localhost
 * @property {() => void} assertNoRequestLeft throws, listing them, if any request left the machine
 * @property {(since?: number) => Promise<void>} assertNoExtensionErrors
 *   throws if an extension page or the background logged an error or threw (errors from index `since`)
 * @property {() => Promise<void>} close
 */

const ROOT = resolve(import.meta.dirname, '../../..');
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const FIREFOX_ID = 'backstory@backstory.invalid';
/** Fixed so tests know the extension's pages' address in Firefox (it is random otherwise). */
const FIREFOX_UUID = '4b7e2a51-5c1d-4c36-9a57-0d6f3e8b2c10';

function requireFile(path, what, fix) {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: ${fix}`);
  return path;
}

/** Requests that stay on this machine or inside the browser. */
export function isLocal(url) {
  return /^(chrome-extension|moz-extension|data|blob|about|chrome|devtools):/.test(url) || /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
}

/** The requests, of those recorded, that left this machine (stricter than `isLocal`: 127.0.0.1 over http only). */
export function leftTheMachine(requests) {
  return requests.filter((url) => !/^(chrome-extension|moz-extension|data|blob|about|chrome):|^http:\/\/127\.0\.0\.1:/.test(url));
}

function instrument(context) {
  const requests = [];
  const errors = [];
  const watchPage = (page) => {
    page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`${page.url()}: console: ${message.text()}`);
    });
  };
  context.on('request', (request) => requests.push(request.url()));
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);
  // Anything leaving the machine is recorded and refused, so a leak fails loudly and goes nowhere.
  return context
    .route('**/*', (route) => {
      const url = route.request().url();
      requests.push(url);
      return isLocal(url) ? route.continue() : route.abort('blockedbyclient');
    })
    .then(() => ({ requests, errors }));
}

/**
 * The assertions every test shares, over what `instrument` recorded. `collect` first brings in
 * errors recorded inside the browser (Firefox); errors are prefixed with where they happened.
 */
function checks({ allRequests, errors, baseUrl, collect }) {
  const offMachine = () => [...new Set(allRequests().filter((url) => !isLocal(url)))];
  const isBackground = (error) => error.startsWith('service worker:') || error.startsWith('background:');
  return {
    offMachine,
    assertNoRequestLeft() {
      assert.deepEqual(offMachine(), [], 'requests left 127.0.0.1');
    },
    async backgroundErrors() {
      await collect();
      return errors.filter(isBackground);
    },
    async assertNoExtensionErrors(since = 0) {
      await collect();
      const own = errors.slice(since).filter((error) => error.startsWith(baseUrl) || isBackground(error));
      assert.deepEqual(own, [], 'the extension reported errors');
    },
  };
}

/** TOOLCHAIN.md's flags: the extension loaded, and Chromium's own traffic (updates, sync…) off. */
export function chromiumArgs(extensionDir = CHROME_BUILD) {
  return [
    '--no-sandbox',
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ];
}

/** @returns {Promise<ExtensionBrowser>} */
export async function launchChromium() {
  const executablePath = requireFile(process.env.CHROME_PATH || '/usr/bin/chromium', 'Chromium', 'install it with `apt-get install -y chromium` or set CHROME_PATH');
  requireFile(join(CHROME_BUILD, 'manifest.json'), 'The Chrome build', 'run `npm run build` first');
  const context = await chromium.launchPersistentContext('', {
    executablePath,
    headless: true,
    viewport: { width: 1200, height: 900 },
    args: chromiumArgs(),
  });
  const log = await instrument(context);
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(async (error) => {
      await context.close();
      throw new Error(`The extension in ${CHROME_BUILD} did not start in Chromium (a manifest or file error stops it loading): ${error.message}`);
    }));
  worker.on('console', (message) => {
    if (message.type() === 'error') log.errors.push(`service worker: ${message.text()}`);
  });
  const baseUrl = `chrome-extension://${new URL(worker.url()).host}`;
  const extensionUrl = (path) => `${baseUrl}/${path.replace(/^\//, '')}`;
  return {
    name: 'chromium',
    context,
    baseUrl,
    ...log,
    ...checks({ allRequests: () => log.requests, errors: log.errors, baseUrl, collect: async () => {} }),
    extensionUrl,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(extensionUrl(path));
      return page;
    },
    evaluateInBackground: (fn, arg) => worker.evaluate(fn, arg),
    close: () => context.close(),
  };
}

/**
 * Waits until `page` has loaded, asking from Node: in Firefox, waiting inside the page
 * (waitForFunction) can stall in a background tab, whose timers and frames are throttled.
 */
async function loaded(page, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let state = 'unknown';
  while (Date.now() < deadline) {
    const attempt = page.evaluate(() => (typeof browser === 'undefined' ? 'no browser API' : document.readyState)).catch((error) => `failed: ${error.message}`);
    state = await Promise.race([attempt, new Promise((done) => setTimeout(done, 1000, 'no answer'))]);
    if (state === 'complete') return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error(`${page.url()} did not finish loading in ${timeout} ms (last state: ${state})`);
}

/**
 * Now and then (under load) Playwright never attaches to a tab the extension opened in Firefox: the
 * page object exists but evaluate gets no answer. Opening the page again works.
 */
async function openAnswering(open, what, attempts = 3) {
  let lastError;
  for (let attempt = 0; attempt < attempts; attempt++) {
    try {
      const page = await open();
      await loaded(page, 8_000);
      return page;
    } catch (error) {
      lastError = error;
    }
  }
  throw new Error(`${what} did not answer after ${attempts} attempts: ${lastError.message}`);
}

/** A fresh profile with the current Firefox build (plus the test bridge) side-loaded. */
function firefoxProfile() {
  requireFile(join(FIREFOX_BUILD, 'manifest.json'), 'The Firefox build', 'run `npm run build:firefox` first');
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  writeFileSync(join(profile, 'extensions', `${FIREFOX_ID}.xpi`), zip(withBridge(directoryEntries(FIREFOX_BUILD))));
  return profile;
}

/** @returns {Promise<ExtensionBrowser>} */
export async function launchFirefox() {
  const executablePath = requireFile(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', 'Firefox', 'install it with `apt-get install -y --no-install-recommends firefox-esr` or set FIREFOX_PATH');
  const profile = firefoxProfile();
  const proxy = await startOfflineProxy(new Map([[BRIDGE_TRIGGER_PATH, '<!doctype html><title>Opening the e2e bridge</title>']]));
  const context = await firefox.launchPersistentContext(profile, {
    channel: 'moz-firefox',
    executablePath,
    headless: true,
    viewport: { width: 1200, height: 900 },
    firefoxUserPrefs: {
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'extensions.webextensions.uuids': JSON.stringify({ [FIREFOX_ID]: FIREFOX_UUID }),
      // Every request that is not for 127.0.0.1/localhost goes to the refusing, recording proxy.
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': true,
      // Keep Firefox itself quiet on a machine without network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  const log = await instrument(context);
  const baseUrl = `moz-extension://${FIREFOX_UUID}`;
  const extensionUrl = (path) => `${baseUrl}/${path.replace(/^\//, '')}`;
  const close = async () => {
    // Closing a Firefox tab can hang; closing the whole context does not.
    await context.close();
    await proxy.close();
    rmSync(profile, { recursive: true, force: true });
  };

  // The first tab asks the test-only bridge to open its extension page (see firefox-bridge.mjs).
  const bridgeUrl = extensionUrl(BRIDGE_PAGE);
  const first = context.pages()[0] ?? (await context.newPage());
  let bridge;
  try {
    bridge = await openAnswering(async () => {
      const opened = context.waitForEvent('page', { timeout: 15_000 });
      await first.goto(`http://127.0.0.1:${proxy.port}${BRIDGE_TRIGGER_PATH}`);
      const page = await opened;
      await page.waitForURL(bridgeUrl, { waitUntil: 'commit', timeout: 15_000 });
      return page;
    }, BRIDGE_PAGE);
    await first.goto('about:blank');
  } catch (error) {
    await close();
    throw new Error(`The extension in ${FIREFOX_BUILD} did not start in Firefox (its background never opened ${BRIDGE_PAGE}; a manifest or background error stops it): ${error.message}`);
  }

  /** Brings errors the bridge recorded in the background and open extension pages into `errors`. */
  const collect = async () => {
    const found = await bridge.evaluate(async () => {
      const out = [];
      const take = (view, where) => {
        const list = view.__backstoryE2eErrors ?? [];
        for (const error of list.slice(view.__backstoryE2eTaken ?? 0)) out.push(`${where}: ${error}`);
        view.__backstoryE2eTaken = list.length;
      };
      const background = await browser.runtime.getBackgroundPage();
      take(background, 'background');
      for (const view of browser.extension.getViews()) if (view !== background) take(view, view.location.href);
      return out;
    });
    log.errors.push(...found);
  };
  // Everything the proxy saw left (or tried to leave) the machine; it is part of `requests`.
  const allRequests = () => [...log.requests, ...proxy.requests];
  return {
    name: 'firefox',
    context,
    baseUrl,
    get requests() {
      return allRequests();
    },
    errors: log.errors,
    ...checks({ allRequests, errors: log.errors, baseUrl, collect }),
    extensionUrl,
    /** Firefox will not navigate to an extension page from outside: an extension page opens it. */
    async openExtensionPage(path, opener = bridge) {
      return openAnswering(async () => {
        const [page] = await Promise.all([
          context.waitForEvent('page', { timeout: 15_000 }),
          opener.evaluate((url) => browser.tabs.create({ url }), extensionUrl(path)),
        ]);
        // Firefox reports no load event for extension pages over WebDriver BiDi: wait for the address.
        await page.waitForURL((url) => url.href.startsWith(`${baseUrl}/`), { waitUntil: 'commit', timeout: 15_000 });
        return page;
      }, path);
    },
    evaluateInBackground: (fn, arg) => bridge.evaluate(fn, arg),
    close,
  };
}

/** @param {'chromium' | 'firefox'} name */
export function launchBrowser(name) {
  return name === 'firefox' ? launchFirefox() : launchChromium();
}

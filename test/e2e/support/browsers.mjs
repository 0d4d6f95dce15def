import { existsSync, mkdirSync, mkdtempSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, firefox } from 'playwright-core';

/**
 * Launches the system's Chromium or Firefox with the built extension loaded (recipes proven in
 * shared/TOOLCHAIN.md) and records every request and every error, so a test can assert that the
 * extension made no network request and that its pages loaded cleanly.
 */
const ROOT = resolve(import.meta.dirname, '../../..');
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
const FIREFOX_ID = 'backstory@backstory.invalid';
/** Fixed so tests know the extension's pages' address in Firefox (it is random otherwise). */
const FIREFOX_UUID = '4b7e2a51-5c1d-4c36-9a57-0d6f3e8b2c10';

function requireFile(path, what, fix) {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: ${fix}`);
  return path;
}

/** Requests that stay on this machine or inside the browser. */
export function isLocal(url) {
  return /^(chrome-extension|moz-extension|data|blob|about|chrome|devtools):/.test(url) || /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//.test(url);
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
  const base = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'chromium',
    context,
    ...log,
    extensionUrl: (path) => `${base}/${path.replace(/^\//, '')}`,
    async openExtensionPage(path) {
      const page = await context.newPage();
      await page.goto(`${base}/${path.replace(/^\//, '')}`);
      return page;
    },
    evaluateInBackground: (fn, arg) => worker.evaluate(fn, arg),
    close: () => context.close(),
  };
}

/** The zipped Firefox build, installed into a fresh profile as a side-loaded add-on. */
function firefoxProfile() {
  const output = join(ROOT, '.output');
  const zip = existsSync(output) ? readdirSync(output).find((name) => /-firefox\.zip$/.test(name)) : undefined;
  if (!zip) throw new Error(`The Firefox build was not found in ${output}: run \`npm run zip:firefox\` (or \`npx wxt zip -b firefox\`) first`);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-firefox-'));
  mkdirSync(join(profile, 'extensions'));
  copyFileSync(join(output, zip), join(profile, 'extensions', `${FIREFOX_ID}.xpi`));
  return profile;
}

export async function launchFirefox() {
  const executablePath = requireFile(process.env.FIREFOX_PATH || '/usr/bin/firefox-esr', 'Firefox', 'install it with `apt-get install -y --no-install-recommends firefox-esr` or set FIREFOX_PATH');
  const profile = firefoxProfile();
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
  const base = `moz-extension://${FIREFOX_UUID}`;
  return {
    name: 'firefox',
    context,
    ...log,
    extensionUrl: (path) => `${base}/${path.replace(/^\//, '')}`,
    /** Firefox will not navigate to an extension page from outside: an extension page opens it. */
    async openExtensionPage(path, opener) {
      if (!opener) throw new Error('In Firefox an extension page is opened from another extension page (pass one as opener).');
      const [page] = await Promise.all([
        context.waitForEvent('page'),
        opener.evaluate((url) => browser.tabs.create({ url }), `${base}/${path.replace(/^\//, '')}`),
      ]);
      // Firefox reports no load event for extension pages over WebDriver BiDi: wait for the address.
      await page.waitForURL((url) => url.href.startsWith(`${base}/`), { waitUntil: 'commit' });
      return page;
    },
    async close() {
      // Closing a Firefox tab can hang; closing the whole context does not.
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(name) {
  return name === 'firefox' ? launchFirefox() : launchChromium();
}

import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchBrowser } from './browsers.mjs';
import { startPageServer } from './page-server.mjs';

/** Late errors (a rejected promise after first render) get this long to show up. */
const SETTLE_MS = 400;

/** Waits until an extension page has rendered some text, then a little longer for late errors. */
async function rendered(page) {
  await page.waitForFunction(() => document.readyState === 'complete' && (document.body?.innerText.trim().length ?? 0) > 0, null, { polling: 50, timeout: 10_000 });
  await page.waitForTimeout(SETTLE_MS);
}

/**
 * The smoke test, the same in every browser: the built extension loads, its background runs, the
 * popup and side panel render without an error, a news page stays error-free, and nothing the
 * browser did left 127.0.0.1.
 * @param {'chromium' | 'firefox'} name
 */
export function smokeSuite(name) {
  describe(`smoke: the built extension in ${name}`, () => {
    let browser;
    let server;
    let newsPage;
    before(async () => {
      server = await startPageServer();
      browser = await launchBrowser(name);
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('runs its background', async () => {
      const manifest = await browser.evaluateInBackground(() => globalThis.browser?.runtime.getManifest() ?? chrome.runtime.getManifest());
      assert.equal(manifest.name, 'Backstory');
      if (name === 'firefox') {
        const state = await browser.evaluateInBackground(async () => (await browser.runtime.getBackgroundPage())?.document.readyState);
        assert.equal(state, 'complete', 'the background page has loaded');
      }
      assert.deepEqual(await browser.backgroundErrors(), []);
    });

    it('leaves a demo news page error-free', async () => {
      newsPage = await browser.context.newPage();
      await newsPage.goto(server.url('/demo/1.html'));
      await newsPage.getByRole('heading', { level: 1 }).waitFor();
      await newsPage.waitForTimeout(SETTLE_MS);
      assert.deepEqual(browser.errors.filter((error) => error.startsWith(server.origin)), []);
    });

    it('renders the popup without errors', async () => {
      const errorsBefore = browser.errors.length;
      const popup = await browser.openExtensionPage('popup.html');
      await rendered(popup);
      assert.equal(new URL(popup.url()).pathname, '/popup.html');
      await browser.assertNoExtensionErrors(errorsBefore);
    });

    it('renders the side panel for the news tab without errors', async () => {
      await newsPage.bringToFront();
      const tabId = await browser.evaluateInBackground(async (url) => {
        const api = globalThis.browser ?? chrome;
        const tabs = await api.tabs.query({});
        // Without the tabs permission URLs are hidden, except where the extension may run: the news page.
        return tabs.find((tab) => tab.url === url)?.id ?? (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      }, newsPage.url());
      assert.equal(typeof tabId, 'number');
      const errorsBefore = browser.errors.length;
      const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await rendered(panel);
      await browser.assertNoExtensionErrors(errorsBefore);
    });

    it('made no request that left 127.0.0.1', () => {
      assert.ok(browser.requests.some((url) => url.startsWith(server.origin)), 'the demo page was really requested');
      browser.assertNoRequestLeft();
    });
  });
}

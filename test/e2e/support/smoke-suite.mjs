import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSession } from './browser-session.mjs';

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
    const session = browserSession(name);
    let newsPage;

    it('runs its background', async () => {
      const manifest = await session.browser.evaluateInBackground(() => globalThis.browser?.runtime.getManifest() ?? chrome.runtime.getManifest());
      assert.equal(manifest.name, 'Backstory');
      if (name === 'firefox') {
        const state = await session.browser.evaluateInBackground(async () => (await browser.runtime.getBackgroundPage())?.document.readyState);
        assert.equal(state, 'complete', 'the background page has loaded');
      }
      assert.deepEqual(await session.browser.backgroundErrors(), []);
    });

    it('leaves a demo news page error-free', async () => {
      newsPage = await session.browser.context.newPage();
      await newsPage.goto(session.server.url('/demo/1.html'));
      await newsPage.getByRole('heading', { level: 1 }).waitFor();
      await newsPage.waitForTimeout(SETTLE_MS);
      assert.deepEqual(session.browser.errors.filter((error) => error.startsWith(session.server.origin)), []);
    });

    it('renders the popup without errors', async () => {
      const errorsBefore = session.browser.errors.length;
      const popup = await session.browser.openExtensionPage('popup.html');
      await rendered(popup);
      assert.equal(new URL(popup.url()).pathname, '/popup.html');
      await session.browser.assertNoExtensionErrors(errorsBefore);
    });

    it('renders the side panel for the news tab without errors', async () => {
      await newsPage.bringToFront();
      const tabId = await session.browser.evaluateInBackground(async (url) => {
        const api = globalThis.browser ?? chrome;
        const tabs = await api.tabs.query({});
        // Without the tabs permission URLs are hidden, except where the extension may run: the news page.
        return tabs.find((tab) => tab.url === url)?.id ?? (await api.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      }, newsPage.url());
      assert.equal(typeof tabId, 'number');
      const errorsBefore = session.browser.errors.length;
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await rendered(panel);
      await session.browser.assertNoExtensionErrors(errorsBefore);
    });

    it('made no request that left 127.0.0.1', () => {
      assert.ok(session.browser.requests.some((url) => url.startsWith(session.server.origin)), 'the demo page was really requested');
      session.browser.assertNoRequestLeft();
    });
  });
}

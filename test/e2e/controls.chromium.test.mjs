import assert from 'node:assert/strict';
import { beforeEach, describe, it } from 'node:test';
import { browserSession } from './support/browser-session.mjs';
import { isLocal } from './support/browsers.mjs';
import { highlightCounts as allHighlightCounts, waitForHighlights } from './support/reader.mjs';

/**
 * The reader's controls act on tabs already open: the popup writes the settings to storage, every
 * tab watches them and re-highlights (or stops) without a reload, and the toolbar badge follows.
 */
describe('the reader’s controls in Chromium', () => {
  const session = browserSession('chromium');
  // Each journey starts from the extension's defaults, whatever the one before left.
  const DEFAULTS = { paused: false, pausedSites: [], kinds: { org: true, person: true, country: false } };
  beforeEach(() => writeSettings(DEFAULTS));

  /**
   * Opens a page, waits until it has reported to the background and its highlights have stopped
   * changing (it works in slices), and marks its window, so a reload (which would drop the mark) is caught.
   */
  async function openPage(url) {
    const page = await session.browser.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    await waitForReport(page.url(), (r) => r.state.status === 'ready' && r.badge !== '', `${url} reported`);
    let last = '';
    for (let now = JSON.stringify(await highlightCounts(page)); now !== last; now = JSON.stringify(await highlightCounts(page))) {
      last = now;
      await page.waitForTimeout(250);
    }
    await page.evaluate(() => {
      window.__notReloaded = true;
    });
    return page;
  }

  /** Ranges per highlight kind, without empty highlights and the hover focus. */
  async function highlightCounts(page) {
    const counts = await allHighlightCounts(page);
    return Object.fromEntries(Object.entries(counts).filter(([name, size]) => name !== 'backstory-focus' && size > 0));
  }

  const notReloaded = (page) => page.evaluate(() => window.__notReloaded === true);
  const bodyHtml = (page) => page.evaluate(() => document.body.innerHTML);

  /** Waits until the page's highlights satisfy `test(counts)`, where counts maps highlight name → ranges. */
  async function waitForCounts(page, test, what) {
    const deadline = Date.now() + 8000;
    let counts = await highlightCounts(page);
    while (!test(counts)) {
      if (Date.now() > deadline) assert.fail(`${what}: highlights stayed ${JSON.stringify(counts)}`);
      await page.waitForTimeout(100);
      counts = await highlightCounts(page);
    }
    return counts;
  }

  const total = (counts) => (counts['backstory-org'] ?? 0) + (counts['backstory-person'] ?? 0) + (counts['backstory-country'] ?? 0);

  /** What the tab last reported to the background (session storage) and the badge it shows. */
  async function tabReport(url) {
    return session.browser.evaluateInBackground(async (url) => {
      const all = await chrome.storage.session.get(null);
      const state = Object.values(all).find((entry) => entry && entry.url === url);
      if (!state) return null;
      return { state, badge: await chrome.action.getBadgeText({ tabId: state.tabId }) };
    }, url);
  }

  /** Waits until the tab's report and badge satisfy `test`. */
  async function waitForReport(url, test, what) {
    const deadline = Date.now() + 8000;
    let report = await tabReport(url);
    while (!report || !test(report)) {
      if (Date.now() > deadline) assert.fail(`${what}: the tab reported ${JSON.stringify(report)}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      report = await tabReport(url);
    }
    return report;
  }

  const kindOf = (id) => id.split(':')[0];

  async function writeSettings(change) {
    await session.browser.evaluateInBackground(async (change) => {
      const { settings } = await chrome.storage.local.get('settings');
      await chrome.storage.local.set({ settings: { ...settings, ...change } });
    }, change);
  }

  it('the badge counts the entities found on the tab, and each highlight stands for a reported mention', async () => {
    const page = await openPage(session.server.url('/demo/1.html'));
    const counts = await highlightCounts(page);
    const mentions = (report) => Object.values(report.state.counts).reduce((a, b) => a + b, 0);
    // One highlight per reported mention, and the badge counts the distinct entities.
    const { state, badge } = await waitForReport(
      page.url(),
      (r) => mentions(r) === total(counts) && r.badge === String(Object.keys(r.state.counts).length),
      `the report matching ${JSON.stringify(counts)}`,
    );
    const ids = Object.keys(state.counts);
    assert.ok(ids.includes('org:cnrs') && ids.includes('person:chan-heng-kee'), ids.join());
    assert.ok(!ids.some((id) => kindOf(id) === 'country'), 'countries are off by default');
    assert.ok(Number(badge) >= 10, `demo page 1 names at least ten organisations and people, the badge says ${badge}`);
    await page.close();
  });

  it('kinds switched in the popup change the open tab at once: countries appear, people go', async () => {
    const page = await openPage(session.server.url('/demo/1.html'));
    const before = await highlightCounts(page);
    const html = await bodyHtml(page);
    const popup = await session.browser.openExtensionPage('popup.html');
    const countries = popup.getByRole('checkbox', { name: 'Countries' });
    const people = popup.getByRole('checkbox', { name: 'People' });
    assert.equal(await countries.isChecked(), false, 'countries are off by default');
    assert.equal(await people.isChecked(), true);

    await countries.check();
    const withCountries = await waitForCounts(page, (c) => (c['backstory-country'] ?? 0) > 0, 'countries switched on');
    assert.equal(withCountries['backstory-org'], before['backstory-org'], 'organisations are untouched');
    assert.equal(withCountries['backstory-person'], before['backstory-person'], 'people are untouched');
    const countryReport = await waitForReport(page.url(), (r) => Object.keys(r.state.counts).some((id) => kindOf(id) === 'country'), 'countries reported');
    assert.ok(countryReport.state.counts['country:sg'] > 0 && countryReport.state.counts['country:fr'] > 0, JSON.stringify(countryReport.state.counts));
    assert.equal(countryReport.badge, String(Object.keys(countryReport.state.counts).length), 'the badge counts the countries too');

    await people.uncheck();
    const withoutPeople = await waitForCounts(page, (c) => (c['backstory-person'] ?? 0) === 0, 'people switched off');
    assert.equal(withoutPeople['backstory-org'], before['backstory-org']);
    assert.equal(withoutPeople['backstory-country'], withCountries['backstory-country']);
    const peopleGone = await waitForReport(page.url(), (r) => !Object.keys(r.state.counts).some((id) => kindOf(id) === 'person'), 'people gone from the report');
    const persons = Object.keys(countryReport.state.counts).filter((id) => kindOf(id) === 'person').length;
    assert.ok(persons >= 3, 'demo page 1 names at least three people');
    assert.equal(peopleGone.badge, String(Object.keys(countryReport.state.counts).length - persons), 'the badge drops by the people');

    // Back to the defaults, from the popup again.
    await people.check();
    await countries.uncheck();
    const restored = await waitForCounts(page, (c) => (c['backstory-person'] ?? 0) > 0 && (c['backstory-country'] ?? 0) === 0, 'defaults restored');
    assert.deepEqual(restored, before);
    assert.equal(await notReloaded(page), true, 'the page was never reloaded');
    assert.equal(await bodyHtml(page), html, 'the page’s own DOM is untouched');
    await popup.close();
    await page.close();
  });

  it('pause everywhere clears every highlight and leaves the page as it was; switching it off brings them back', async () => {
    const page = await openPage(session.server.url('/demo/2.html'));
    const before = await waitForCounts(page, (c) => total(c) > 5, 'demo page 2 highlighted');
    const html = await bodyHtml(page);
    const popup = await session.browser.openExtensionPage('popup.html');
    const pause = popup.getByRole('switch', { name: 'Pause everywhere' });

    await pause.check();
    await waitForCounts(page, (c) => total(c) === 0, 'paused everywhere');
    assert.equal(await pause.isChecked(), true, 'the popup shows the pause');
    const paused = await waitForReport(page.url(), (r) => r.state.status === 'paused', 'the paused report');
    assert.equal(paused.badge, '', 'no count on the badge while paused');
    assert.equal(await bodyHtml(page), html, 'the page is unchanged');

    await pause.uncheck();
    const back = await waitForCounts(page, (c) => total(c) === total(before), 'resumed');
    assert.deepEqual(back, before);
    await waitForReport(page.url(), (r) => r.state.status === 'ready' && r.badge !== '', 'the badge back');
    assert.equal(await notReloaded(page), true, 'the page was never reloaded');
    assert.equal(await bodyHtml(page), html);
    await popup.close();
    await page.close();
  });

  it('pause on this site stops that site only: another site keeps its highlights', async () => {
    const here = await openPage(session.server.url('/demo/3.html'));
    const elsewhereUrl = session.server.url('/demo/3.html').replace('//127.0.0.1:', '//localhost:');
    const elsewhere = await openPage(elsewhereUrl);
    const before = await highlightCounts(here);
    assert.deepEqual(await highlightCounts(elsewhere), before, 'the same page reads the same on both sites');

    // What the popup's "Pause on this site" writes for a tab on 127.0.0.1 (opened as a page, the
    // popup has no current web tab to take the site from).
    await writeSettings({ pausedSites: ['127.0.0.1'] });
    await waitForCounts(here, (c) => total(c) === 0, 'this site paused');
    const popup = await session.browser.openExtensionPage('popup.html');
    await popup.getByRole('switch', { name: 'Pause everywhere' }).waitFor();
    assert.equal(await popup.getByRole('switch', { name: 'Pause on this site' }).isDisabled(), true, 'no web page in the popup’s own tab');
    await popup.close();
    // Give the other tab every chance to (wrongly) react before looking.
    await here.waitForTimeout(300);
    assert.deepEqual(await highlightCounts(elsewhere), before, 'localhost is another site and keeps its highlights');
    assert.equal((await tabReport(elsewhereUrl)).state.status, 'ready');

    await writeSettings({ pausedSites: [] });
    const back = await waitForCounts(here, (c) => total(c) === total(before), 'this site resumed');
    assert.deepEqual(back, before);
    assert.equal(await notReloaded(here), true);
    assert.equal(await notReloaded(elsewhere), true);
    await here.close();
    await elsewhere.close();
  });

  it('no request left the machine and no extension page logged an error', () => {
    assert.ok(session.browser.requests.some((url) => url.startsWith('http://localhost:')), 'the localhost page was really loaded');
    assert.deepEqual(session.browser.requests.filter((url) => !isLocal(url)), []);
    assert.deepEqual(session.browser.errors.filter((e) => /chrome-extension:|service worker/.test(e)), []);
  });
});

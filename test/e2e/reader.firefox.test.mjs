import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSession } from './support/browser-session.mjs';
import { card, highlightCounts, hover, waitForHighlights } from './support/reader.mjs';

/** The same reader in Firefox with the Firefox build: highlight, hover, open the panel. */
describe('reading with Backstory in Firefox', () => {
  const session = browserSession('firefox');

  it('highlights a news page and shows the card of a hovered name', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/demo/1.html'));
    await waitForHighlights(page, 10);
    const counts = await highlightCounts(page);
    assert.ok(counts['backstory-org'] > 10, JSON.stringify(counts));
    await hover(page, 'Emmanuel Chiva');
    await page.getByRole('dialog', { name: 'Emmanuel Chiva' }).waitFor();
    assert.match(await card(page).innerText(), /Directorate General of Armaments/);
  });

  it('opens the side panel for the tab from the card, and the panel and popup pages load cleanly', async () => {
    const page = session.browser.context.pages().find((p) => p.url().endsWith('/demo/1.html'));
    // Relayed from the page, the click is no longer a gesture Firefox accepts for its sidebar, so the
    // panel opens pinned to the tab in a new tab.
    const [panel] = await Promise.all([session.browser.context.waitForEvent('page'), card(page).getByRole('button', { name: 'Open in side panel' }).click()]);
    await panel.waitForURL(/sidepanel\.html/, { waitUntil: 'commit' });
    assert.match(panel.url(), /^moz-extension:\/\/.*\/sidepanel\.html\?tab=\d+&entity=person%3Aemmanuel-chiva$/);
    await panel.getByRole('heading', { name: 'Emmanuel Chiva' }).first().waitFor();

    const popup = await session.browser.openExtensionPage('popup.html', panel);
    await popup.getByRole('button', { name: 'Open side panel' }).waitFor();
    const problems = session.browser.errors.filter((e) => e.startsWith('moz-extension:'));
    assert.deepEqual(problems, []);
  });

  it('no request left the machine', () => {
    const outside = session.browser.requests.filter((url) => !/^(moz-extension|data|blob|about):|^http:\/\/127\.0\.0\.1:/.test(url));
    assert.deepEqual(outside, []);
  });
});

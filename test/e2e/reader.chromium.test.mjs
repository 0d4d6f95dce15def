import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSession } from './support/browser-session.mjs';
import { leftTheMachine } from './support/browsers.mjs';
import { card, highlightCounts, hover, tabIdOf, waitForHighlights } from './support/reader.mjs';

/** What a reader does in Chromium with the built extension: read, hover, open the panel, search. */
describe('reading with Backstory in Chromium', () => {
  const session = browserSession('chromium');

  async function openDemo(n) {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url(`/demo/${n}.html`));
    await waitForHighlights(page);
    return page;
  }


  it('has a running background with the seed index published, and clean popup and side panel pages', async () => {
    let ids = [];
    for (let tries = 0; tries < 50 && !ids.includes('org:cnrs'); tries++) {
      ids = await session.browser.evaluateInBackground(async () => (await chrome.storage.local.get('aliasIndex')).aliasIndex?.index.ids ?? []);
      if (!ids.includes('org:cnrs')) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(ids.includes('org:cnrs'), 'the alias index names CNRS');
    for (const path of ['popup.html', 'sidepanel.html']) {
      const page = await session.browser.openExtensionPage(path);
      await page.getByRole('button', { name: 'Open side panel' }).or(page.getByRole('tab', { name: 'On this page' })).first().waitFor();
      await page.close();
    }
  });

  it('hovering a highlighted name shows who it is, what it signed and the sentence that proves it', async () => {
    const page = await openDemo(1);
    const counts = await highlightCounts(page);
    assert.ok(counts['backstory-org'] > 10 && counts['backstory-person'] >= 3, JSON.stringify(counts));
    assert.equal(counts['backstory-country'] ?? 0, 0, 'countries are off by default');

    await hover(page, 'Chan Heng Kee');
    const dialog = card(page);
    await dialog.waitFor();
    assert.equal(await dialog.getAttribute('aria-labelledby') !== null, true);
    await page.getByRole('dialog', { name: 'Chan Heng Kee' }).waitFor();
    const text = await dialog.innerText();
    assert.match(text, /Permanent Secretary/);
    assert.match(text, /Joint/i, 'the joint lab agreement is listed');
    assert.match(text, /April/, 'with its date as the source gives it');
    assert.match(text, /Emmanuel Chiva|Directorate/, 'with its counterparties or signatories');
    assert.match(text, /signed on April 19 by Mr\. Chan Heng Kee/, 'and the sentence that proves it');

    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await page.close();
  });

  it('reads a name split across elements, a possessive, and a surname after the full name', async () => {
    const page = await openDemo(2);
    await hover(page, 'Skolkovo Foundation');
    await page.getByRole('dialog', { name: 'Skolkovo Foundation' }).waitFor();
    await page.mouse.move(5, 5);
    await card(page).waitFor({ state: 'hidden' });
    await page.close();

    const singapore = await openDemo(3);
    // "Balakrishnan's comments…": a possessive surname, after "Vivian Balakrishnan" earlier on.
    await hover(singapore, "Balakrishnan's comments");
    await singapore.getByRole('dialog', { name: 'Vivian Balakrishnan' }).waitFor();
    await singapore.close();
  });

  it('shows nothing for false friends', async () => {
    const url = session.server.add(
      '/false-friends.html',
      '<!doctype html><meta charset="utf-8"><title>False friends</title><p>The patos sold at Chanel, said the us trade aid office, and Chan wrote.</p>',
    );
    const page = await session.browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(800);
    const counts = await highlightCounts(page);
    assert.equal(Object.values(counts).reduce((a, b) => a + b, 0), 0, JSON.stringify(counts));
    await hover(page, 'Chanel');
    await page.waitForTimeout(500);
    assert.equal(await card(page).count(), 0);
    await page.close();
  });

  it('follows the page: a name added after load, and a text node the page rewrites', async () => {
    const url = session.server.add(
      '/live.html',
      `<!doctype html><meta charset="utf-8"><title>Live blog</title>
       <p id="first">Updates will appear below.</p>
       <script>
         const text = document.getElementById('first').firstChild;
         window.rewrite = () => { text.data = 'Update: Atos and Linagora met the CNRS today.'; return text.isConnected; };
         window.append = () => { const p = document.createElement('p'); p.textContent = 'Breaking: Dassault Systèmes joins the talks.'; document.body.append(p); };
       </script>`,
    );
    const page = await session.browser.context.newPage();
    await page.goto(url);
    await page.waitForTimeout(600);
    assert.equal(await page.evaluate(() => window.rewrite()), true, "the page's own node stays in place");
    await waitForHighlights(page, 3);
    await hover(page, 'Linagora');
    await page.getByRole('dialog', { name: 'Linagora' }).waitFor();
    await page.mouse.move(5, 5);
    await page.evaluate(() => window.append());
    await waitForHighlights(page, 4);
    await hover(page, 'Dassault Systèmes');
    await page.getByRole('dialog', { name: 'Dassault Systèmes' }).waitFor();
    assert.equal(await page.evaluate(() => document.getElementById('first').textContent), 'Update: Atos and Linagora met the CNRS today.');
    await page.close();
  });

  it('the side panel pinned to a tab lists the page, its agreements and related coverage, and searches', async () => {
    const page = await openDemo(1);
    const tabId = await tabIdOf(session.browser, page.url());
    assert.ok(tabId, 'the page reported to the background');
    const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    await panel.getByRole('button', { name: /^CNRS|French National Centre for Scientific Research/ }).first().waitFor();
    const listed = await panel.locator('main').innerText();
    assert.match(listed, /Temasek Laboratories/);
    assert.match(listed, /Chan Heng Kee/);

    await panel.getByRole('tab', { name: 'Agreements' }).click();
    const agreements = await panel.locator('main').innerText();
    assert.match(agreements, /Joint/);
    assert.match(agreements, /April/);

    // The demo page is a copy of a seed article: the dataset's own copy is the closest coverage.
    await panel.getByRole('tab', { name: 'Related' }).click();
    assert.match(await panel.locator('main').innerText(), /will partner to develop AI capabilities[\s\S]*Shares \d+ entities/);

    await panel.getByRole('tab', { name: 'Search' }).click();
    await panel.getByRole('searchbox').fill('skolkov');
    await panel.getByText('Skolkovo Foundation').first().waitFor();

    // Jump to a mention: the page scrolls to it and flashes it.
    await panel.getByRole('tab', { name: 'On this page' }).click();
    const before = await page.evaluate(() => window.scrollY);
    await panel.getByRole('button', { name: /^SAFARI|Singapore and France Advanced Research Initiative/ }).first().click();
    await page.waitForFunction((y) => window.scrollY !== y, before, { timeout: 5000 });
    const focus = await highlightCounts(page);
    assert.equal(focus['backstory-focus'], 1);
    await panel.close();
    await page.close();
  });

  it('no request left the machine and no extension page logged an error', () => {
    assert.deepEqual(leftTheMachine(session.browser.requests), []);
    assert.deepEqual(session.browser.errors.filter((e) => /chrome-extension:|service worker/.test(e)), []);
  });
});

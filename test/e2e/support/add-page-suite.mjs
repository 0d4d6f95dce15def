import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { before, describe, it } from 'node:test';
import { ARTICLE, FOLLOW_UP, NEW_ORG, NEW_PERSON, TITLE } from './add-page-pages.mjs';
import { browserSession } from './browser-session.mjs';
import { leftTheMachine } from './browsers.mjs';
import { highlightCounts, hover, tabIdOf, waitForHighlights } from './reader.mjs';

/** A page with no article on it. */
const SHORT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Photos of the week</title></head><body><h1>Photos of the week</h1><p>Ten pictures from the harbour.</p></body></html>`;

/** The browser as the test output names it. */
const TITLES = { chromium: 'Chromium', firefox: 'Firefox' };

/**
 * "Add this page", the same journey in every browser: review, save, the next page knows it, add
 * again, remove, undo; in Chromium also export, import, the popup's button and a page with no
 * article. The side panel is a tab pinned to the article's tab (in Firefox the sidebar needs a user
 * gesture).
 * @param {'chromium' | 'firefox'} name
 */
export function addPageSuite(name) {
  describe(`adding a page to Backstory in ${TITLES[name]}`, () => {
    const session = browserSession(name);
    let articleUrl;
    /** The article's tab and the side panel pinned to it, shared by the journey's steps. */
    let page;
    let panel;
    /** How many organisation mentions the seed alone finds on the article (CNRS). */
    let seedOrgHighlights;

    // The journey's pages, once the session (its hook registered first) has started the server.
    before(() => {
      articleUrl = session.server.add('/science/baltic-quantum-cnrs.html', ARTICLE);
      session.server.add('/tech/tallinn-quantum-lab.html', FOLLOW_UP);
      session.server.add('/gallery/photos.html', SHORT_PAGE);
    });

    /** The reader's layer as stored: its JSON text, read back as the layer it holds. */
    const storedLayer = () =>
      session.browser.evaluateInBackground(async () => {
        const { userLayer } = await (globalThis.browser ?? chrome).storage.local.get('userLayer');
        if (userLayer === undefined) return null;
        if (typeof userLayer !== 'string') throw new Error(`the layer is stored as ${typeof userLayer}, not as its JSON text`);
        return JSON.parse(userLayer);
      });

    /**
     * Waits, asking from Node, until the tab's organisation highlights satisfy `ok`: in Firefox a
     * background tab's timers and frames are throttled, so waitForFunction inside it can stall.
     */
    async function orgHighlightsUntil(tab, ok, what, timeout = 10_000) {
      const deadline = Date.now() + timeout;
      let count;
      while (Date.now() < deadline) {
        count = (await highlightCounts(tab))['backstory-org'] ?? 0;
        if (ok(count)) return count;
        await new Promise((done) => setTimeout(done, 100));
      }
      throw new Error(`${what}: the tab's organisation highlights stayed at ${count}`);
    }

    /** The reader drops what is not a party to the story: the journalist, and the lab that is only planned. */
    async function dropNonParties(fresh) {
      for (const wrong of ['Liisa Tamm', 'joint laboratory for quantum magnetometry']) {
        const box = fresh.getByRole('checkbox', { name: wrong, exact: true });
        if ((await box.count()) > 0) await box.uncheck();
      }
    }

    /** Closing a Firefox tab can hang: there, give it a moment, then leave it to the context. */
    const close = (...tabs) => Promise.all(tabs.map((tab) => (name === 'firefox' ? Promise.race([tab.close(), new Promise((done) => setTimeout(done, 2000))]) : tab.close())));

    it('reviews a page that is not in the dataset: its metadata, and candidates with their evidence', async () => {
      page = await session.browser.context.newPage();
      await page.goto(articleUrl);
      // Before the panel opens in front of it (behind it, a Firefox tab is throttled).
      await waitForHighlights(page);
      seedOrgHighlights = (await highlightCounts(page))['backstory-org'];
      assert.ok(seedOrgHighlights > 0, 'CNRS is known before the page is added');
      panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${await tabIdOf(session.browser, articleUrl)}`);
      await panel.getByRole('button', { name: 'Add this page' }).click();

      const review = panel.getByRole('region', { name: 'Add this page to your dataset' });
      await review.waitFor();
      assert.equal(await review.getByLabel('Title').inputValue(), TITLE);
      assert.equal(await review.getByLabel('Site').inputValue(), 'Northern Science Wire');
      assert.equal(await review.getByLabel('Author').inputValue(), 'Liisa Tamm');
      assert.match(await review.locator('.bs-review__facts').innerText(), /14 May 2026/);

      const fresh = review.getByRole('region', { name: /^New organisations and people/ });
      const known = review.getByRole('region', { name: /^Already known/ });
      const agreements = review.getByRole('region', { name: /^Agreements/ });
      const orgCandidate = fresh.getByRole('listitem').filter({ has: panel.getByRole('checkbox', { name: NEW_ORG, exact: true }) });
      assert.match(await orgCandidate.innerText(), /New organisation, saved as org:/);
      assert.match(await orgCandidate.innerText(), /The Baltic Institute for Quantum Sensing \(BIQS\) and the French National Centre/, 'with the sentence it comes from');
      const personCandidate = fresh.getByRole('listitem').filter({ has: panel.getByRole('checkbox', { name: NEW_PERSON, exact: true }) });
      assert.match(await personCandidate.innerText(), /signed in Paris by Dr\. Ingrid Kask, Director of the Baltic Institute/);
      assert.match(await known.innerText(), /Already in your dataset as French National Centre for Scientific Research/);
      const agreement = agreements.getByRole('listitem').filter({ hasText: 'memorandum of understanding' }).first();
      const agreementText = await agreement.innerText();
      assert.match(agreementText, /12 May 2026/);
      assert.match(agreementText, /Parties: Baltic Institute for Quantum Sensing; French National Centre for Scientific Research/);
      assert.match(agreementText, /Ingrid Kask/);
      assert.match(agreementText, /signed a memorandum of understanding on 12 May 2026/, 'with its evidence');

      // The journalist in the byline is proposed, but left out unless the reader ticks them.
      const author = fresh.getByRole('listitem').filter({ has: panel.getByRole('checkbox', { name: 'Liisa Tamm', exact: true }) });
      assert.equal(await author.getByRole('checkbox', { name: 'Liisa Tamm', exact: true }).isChecked(), false, "the article's author starts unticked");
      assert.match(await author.innerText(), /The article’s author: left out unless you tick it\./);

      await dropNonParties(fresh);
      assert.match(await agreement.innerText(), /Will be saved\./, 'the agreement keeps its two real parties');
    });

    it('saves, and the panel shows the page as part of the dataset with what it added', async () => {
      await panel.getByRole('button', { name: /^Save/ }).click();
      const saved = panel.getByRole('region', { name: TITLE });
      await saved.waitFor();
      const text = await saved.innerText();
      assert.match(text, /In your dataset/i);
      assert.match(text, /Northern Science Wire · by Liisa Tamm · 14 May 2026/);
      assert.match(text, /Saved: 2 new organisations and people/);
      assert.match(await saved.getByRole('list', { name: 'Organisations and people' }).innerText(), new RegExp(`${NEW_ORG}[\\s\\S]*${NEW_PERSON}|${NEW_PERSON}[\\s\\S]*${NEW_ORG}`));
      assert.match(await saved.getByRole('list', { name: 'Agreements' }).innerText(), /memorandum/i);

      const layer = await storedLayer();
      assert.equal(layer.articles.length, 1);
      const added = layer.entities.filter((e) => !e.id.startsWith('org:cnrs') && e.id !== 'person:antoine-petit');
      assert.deepEqual(added.map((e) => e.name).sort(), [NEW_ORG, NEW_PERSON].sort());
      assert.ok(layer.entities.find((e) => e.id === 'org:cnrs').sources.includes(layer.articles[0].id), 'CNRS lists the article among its sources');
      const institute = added.find((e) => e.name === NEW_ORG);
      assert.ok(institute.aliases.some((a) => a.text === 'BIQS'), 'with its acronym');
      const director = added.find((e) => e.name === NEW_PERSON);
      assert.deepEqual(director.roles.map((r) => [r.title, r.orgId]), [['Director', institute.id]]);
      assert.equal(layer.agreements.length, 1);
      // The article's tab (in the background behind the panel) re-highlights at once: the new
      // institute is now a name it knows.
      await orgHighlightsUntil(page, (n) => n > seedOrgHighlights, 'the article re-highlights with the new institute');
    });

    it('another page that names the new institute and its director highlights both, and the card shows the agreement', async () => {
      const other = await session.browser.context.newPage();
      await other.goto(session.server.url('/tech/tallinn-quantum-lab.html'));
      await other.bringToFront();
      await waitForHighlights(other, 2);
      const counts = await highlightCounts(other);
      assert.equal(counts['backstory-org'], 1, JSON.stringify(counts));
      assert.equal(counts['backstory-person'], 1, JSON.stringify(counts));

      await hover(other, NEW_ORG);
      const dialog = other.getByRole('dialog', { name: NEW_ORG });
      await dialog.waitFor();
      const text = await dialog.innerText();
      assert.match(text, /memorandum/i);
      assert.match(text, /May 2026/);
      assert.match(text, /CNRS|French National Centre for Scientific Research/, 'with its counterparty');
      assert.match(text, /signed a memorandum of understanding on 12 May 2026/, 'and the sentence that proves it');
      await other.mouse.move(5, 5);
      await close(other);
    });

    it('adding the same page again updates it and does not duplicate it', async () => {
      await panel.bringToFront();
      const before = await storedLayer();
      const saved = panel.getByRole('region', { name: TITLE });
      await saved.getByRole('button', { name: 'Edit' }).click();
      const review = panel.getByRole('region', { name: 'Add this page to your dataset' });
      await review.waitFor();
      // Known now: the institute and its director are linked, not proposed again.
      const known = await panel.getByRole('region', { name: /^Already known/ }).innerText();
      assert.match(known, new RegExp(NEW_ORG));
      assert.match(known, new RegExp(NEW_PERSON));
      // What the reader left out when saving starts left out, and the review says so.
      assert.match(await review.innerText(), /You added this page before: its title, site and author are as you saved them, and the \d+ names and agreements you left out then start unticked\./);
      const fresh = panel.getByRole('region', { name: /^New organisations and people/ });
      let leftOut = 0;
      for (const wrong of ['Liisa Tamm', 'joint laboratory for quantum magnetometry']) {
        const box = fresh.getByRole('checkbox', { name: wrong, exact: true });
        if ((await box.count()) === 0) continue;
        assert.equal(await box.isChecked(), false, `${wrong} starts unticked, as the reader left it`);
        leftOut++;
      }
      assert.ok(leftOut > 0, 'a candidate the reader dropped is proposed again');
      await panel.getByRole('button', { name: /^Save/ }).click();
      await saved.waitFor();
      assert.match(await saved.getByRole('status').innerText(), /^Updated: 0 new organisations and people/);

      const layer = await storedLayer();
      assert.equal(layer.articles.length, 1, 'one article, not two');
      assert.equal(layer.articles[0].id, before.articles[0].id);
      assert.equal(layer.articles[0].url, before.articles[0].url);
      assert.deepEqual(layer.entities.map((e) => e.id).sort(), before.entities.map((e) => e.id).sort());
      assert.deepEqual(layer.agreements.map((a) => a.id).sort(), before.agreements.map((a) => a.id).sort());
    });

    it('removes the page after confirmation, and Undo brings it back', async () => {
      const before = await storedLayer();
      await panel.getByRole('button', { name: 'Remove…' }).click();
      const confirm = panel.getByRole('alertdialog');
      await confirm.waitFor();
      const text = await confirm.innerText();
      assert.match(text, new RegExp(`Remove “${TITLE}” from your dataset\\?`));
      assert.match(text, new RegExp(NEW_ORG), 'it says what goes with it');
      await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
      await panel.getByRole('status').filter({ hasText: 'Removed “Baltic quantum institute' }).waitFor();
      const removed = await storedLayer();
      assert.deepEqual(removed, { version: 1, entities: [], agreements: [], articles: [], hidden: [] }, 'nothing of the page is left, not even in the bundled entities it was linked to');
      // The open tab forgets the institute at once.
      await orgHighlightsUntil(page, (n) => n === seedOrgHighlights, 'the article forgets the institute');

      await panel.getByRole('button', { name: 'Undo' }).click();
      await panel.getByRole('region', { name: TITLE }).waitFor();
      assert.deepEqual(await storedLayer(), before);
      await orgHighlightsUntil(page, (n) => n > seedOrgHighlights, 'the article knows the institute again');
    });

    // Chromium only: in Firefox Playwright is told of no download from an extension page (the export
    // waits for one in vain), and the popup case does not finish; these cases never ran there.
    if (name === 'chromium') {
      it('exports the additions, and importing the file after clearing gives the same layer back', async () => {
        const before = await storedLayer();
        await panel.getByText('Your dataset: export and import').click();
        const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export my additions' }).click()]);
        assert.match(download.suggestedFilename(), /\.json$/);
        const file = await download.path();
        const exported = JSON.parse(await readFile(file, 'utf8'));
        assert.deepEqual(exported.layer, before, 'the file holds the layer as stored');

        await session.browser.evaluateInBackground(() => chrome.storage.local.remove('userLayer'));
        await panel.getByRole('button', { name: 'Add this page' }).waitFor();
        assert.equal(await storedLayer(), null);

        await panel.getByLabel(/^Import/).setInputFiles(file);
        await panel.getByRole('status').filter({ hasText: 'is a valid Backstory file' }).waitFor();
        // The file's CNRS and Antoine Petit list the article among their sources; the bundle's do not.
        // With no version of their own in the emptied layer, the file's are laid over the bundle: no
        // conflict to settle.
        assert.equal(await panel.getByRole('list', { name: 'Entries that differ' }).count(), 0);
        await panel.getByRole('button', { name: 'Apply import' }).click();
        await panel.getByRole('status').filter({ hasText: /^Imported/ }).waitFor();
        assert.deepEqual(await storedLayer(), before);
        await panel.getByRole('region', { name: TITLE }).waitFor();
      });

      it("the popup's button is named Add this page", async () => {
        const popup = await session.browser.openExtensionPage('popup.html');
        await popup.getByRole('button', { name: 'Add this page', exact: true }).waitFor();
        await popup.close();
      });

      it('a page with no article says so plainly and adds nothing', async () => {
        const before = await storedLayer();
        const tab = await session.browser.context.newPage();
        await tab.goto(session.server.url('/gallery/photos.html'));
        const sidePanel = await session.browser.openExtensionPage(`sidepanel.html?tab=${await tabIdOf(session.browser, tab.url())}`);
        await sidePanel.getByRole('button', { name: 'Add this page' }).click();
        await sidePanel.getByRole('status').filter({ hasText: /^No article found on this page/ }).waitFor();
        assert.deepEqual(await storedLayer(), before);
        await sidePanel.close();
        await tab.close();
      });
    }

    it('no request left the machine and no extension page or the background logged an error', async () => {
      // Asked before the panel closes (Firefox tells the harness of an extension page's errors only
      // while it is open, browsers.mjs), and again after, for anything closing it raised.
      await session.browser.assertNoExtensionErrors();
      await close(panel, page);
      await session.browser.assertNoExtensionErrors();
      assert.deepEqual(session.browser.errors.filter((error) => /(chrome|moz)-extension:|service worker/.test(error)), [], 'no error names the extension');
      assert.deepEqual(leftTheMachine(session.browser.requests), []);
    });
  });
}

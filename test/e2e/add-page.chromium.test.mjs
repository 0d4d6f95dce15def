import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from './support/browsers.mjs';
import { ARTICLE, FOLLOW_UP, NEW_ORG, NEW_PERSON } from './support/add-page-pages.mjs';
import { startPageServer } from './support/page-server.mjs';
import { card, highlightCounts, hover, tabIdOf, waitForHighlights } from './support/reader.mjs';

const SHORT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Photos of the week</title></head><body><h1>Photos of the week</h1><p>Ten pictures from the harbour.</p></body></html>`;

/** "Add this page" in Chromium: review, save, the next page knows it, add again, remove, undo, export, import. */
describe('adding a page to Backstory in Chromium', () => {
  let browser;
  let server;
  let articleUrl;
  /** The article's tab and the side panel pinned to it, shared by the journey's steps. */
  let page;
  let panel;
  /** How many organisation mentions the seed alone finds on the article (CNRS). */
  let seedOrgHighlights;

  before(async () => {
    server = await startPageServer();
    articleUrl = server.add('/science/baltic-quantum-cnrs.html', ARTICLE);
    server.add('/tech/tallinn-quantum-lab.html', FOLLOW_UP);
    server.add('/gallery/photos.html', SHORT_PAGE);
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });


  /** The reader's layer as stored: its JSON text, read back as the layer it holds. */
  const storedLayer = () =>
    browser.evaluateInBackground(async () => {
      const { userLayer } = await chrome.storage.local.get('userLayer');
      if (userLayer === undefined) return null;
      if (typeof userLayer !== 'string') throw new Error(`the layer is stored as ${typeof userLayer}, not as its JSON text`);
      return JSON.parse(userLayer);
    });

  /** The reader drops what is not a party to the story: the journalist, and the lab that is only planned. */
  async function dropNonParties(fresh) {
    for (const wrong of ['Liisa Tamm', 'joint laboratory for quantum magnetometry']) {
      const box = fresh.getByRole('checkbox', { name: wrong, exact: true });
      if ((await box.count()) > 0) await box.uncheck();
    }
  }

  async function openPinnedPanel(url) {
    const tab = await browser.context.newPage();
    await tab.goto(url);
    const tabId = await tabIdOf(browser, url);
    const sidePanel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
    return { tab, sidePanel };
  }

  it('reviews a page that is not in the dataset: its metadata, and candidates with their evidence', async () => {
    ({ tab: page, sidePanel: panel } = await openPinnedPanel(articleUrl));
    await waitForHighlights(page);
    seedOrgHighlights = (await highlightCounts(page))['backstory-org'];
    assert.ok(seedOrgHighlights > 0, 'CNRS is known before the page is added');
    await panel.getByRole('button', { name: 'Add this page' }).click();

    const review = panel.getByRole('region', { name: 'Add this page to your dataset' });
    await review.waitFor();
    assert.equal(await review.getByLabel('Title').inputValue(), 'Baltic quantum institute and CNRS to open joint sensing lab');
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

    await dropNonParties(fresh);
    assert.match(await agreement.innerText(), /Will be saved\./, 'the agreement keeps its two real parties');
  });

  it('saves, and shows the page as part of the dataset with what it added', async () => {
    await panel.getByRole('button', { name: /^Save/ }).click();
    const saved = panel.getByRole('region', { name: 'Baltic quantum institute and CNRS to open joint sensing lab' });
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
    // The open tab re-highlights at once: the new institute is now a name it knows.
    await page.waitForFunction((known) => (CSS.highlights.get('backstory-org')?.size ?? 0) > known, seedOrgHighlights);
  });

  it('another page that names the new institute and its director highlights both, and the card shows the agreement', async () => {
    const other = await browser.context.newPage();
    await other.goto(server.url('/tech/tallinn-quantum-lab.html'));
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
    await other.close();
  });

  it('adding the same page again updates it and does not duplicate it', async () => {
    const before = await storedLayer();
    const saved = panel.getByRole('region', { name: 'Baltic quantum institute and CNRS to open joint sensing lab' });
    await saved.getByRole('button', { name: 'Edit' }).click();
    await panel.getByRole('region', { name: 'Add this page to your dataset' }).waitFor();
    // Known now: the institute and its director are linked, not proposed again.
    const known = await panel.getByRole('region', { name: /^Already known/ }).innerText();
    assert.match(known, new RegExp(NEW_ORG));
    assert.match(known, new RegExp(NEW_PERSON));
    await dropNonParties(panel.getByRole('region', { name: /^New organisations and people/ }));
    await panel.getByRole('button', { name: /^Save/ }).click();
    await saved.waitFor();
    assert.match(await saved.getByRole('status').innerText(), /^Updated: 0 new organisations and people/);

    const layer = await storedLayer();
    assert.equal(layer.articles.length, 1, 'one article, not two');
    assert.equal(layer.articles[0].id, before.articles[0].id);
    assert.deepEqual(layer.entities.map((e) => e.id).sort(), before.entities.map((e) => e.id).sort());
    assert.deepEqual(layer.agreements.map((a) => a.id).sort(), before.agreements.map((a) => a.id).sort());
  });

  it('removes the page after confirmation, and Undo brings it back', async () => {
    const before = await storedLayer();
    await panel.getByRole('button', { name: 'Remove…' }).click();
    const confirm = panel.getByRole('alertdialog');
    await confirm.waitFor();
    const text = await confirm.innerText();
    assert.match(text, /Remove “Baltic quantum institute and CNRS to open joint sensing lab” from your dataset\?/);
    assert.match(text, new RegExp(NEW_ORG), 'it says what goes with it');
    await confirm.getByRole('button', { name: 'Yes, remove it' }).click();
    await panel.getByRole('status').filter({ hasText: 'Removed “Baltic quantum institute' }).waitFor();
    const removed = await storedLayer();
    assert.deepEqual(removed, { version: 1, entities: [], agreements: [], articles: [], hidden: [] }, 'nothing of the page is left, not even in the bundled entities it was linked to');
    // The open tab forgets the institute at once.
    await page.waitForFunction((known) => (CSS.highlights.get('backstory-org')?.size ?? 0) === known, seedOrgHighlights);

    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByRole('region', { name: 'Baltic quantum institute and CNRS to open joint sensing lab' }).waitFor();
    assert.deepEqual(await storedLayer(), before);
  });

  it('exports the additions, and importing the file after clearing gives the same layer back', async () => {
    const before = await storedLayer();
    await panel.getByText('Your dataset: export and import').click();
    const [download] = await Promise.all([panel.waitForEvent('download'), panel.getByRole('button', { name: 'Export my additions' }).click()]);
    assert.match(download.suggestedFilename(), /\.json$/);
    const file = await download.path();
    const exported = JSON.parse(await readFile(file, 'utf8'));
    assert.deepEqual(exported.layer, before, 'the file holds the layer as stored');

    await browser.evaluateInBackground(() => chrome.storage.local.remove('userLayer'));
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
    await panel.getByRole('region', { name: 'Baltic quantum institute and CNRS to open joint sensing lab' }).waitFor();
  });

  it("the popup's button is named Add this page", async () => {
    const popup = await browser.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Add this page', exact: true }).waitFor();
    await popup.close();
  });

  it('a page with no article says so plainly and adds nothing', async () => {
    const before = await storedLayer();
    const { tab, sidePanel } = await openPinnedPanel(server.url('/gallery/photos.html'));
    await sidePanel.getByRole('button', { name: 'Add this page' }).click();
    await sidePanel.getByRole('status').filter({ hasText: /^No article found on this page/ }).waitFor();
    assert.deepEqual(await storedLayer(), before);
    await sidePanel.close();
    await tab.close();
  });

  it('no request left the machine and no extension page logged an error', async () => {
    await panel.close();
    await page.close();
    const outside = browser.requests.filter((url) => !/^(chrome-extension|data|blob|about|chrome):|^http:\/\/127\.0\.0\.1:/.test(url));
    assert.deepEqual(outside, []);
    assert.deepEqual(browser.errors.filter((e) => /chrome-extension:|service worker/.test(e)), []);
  });
});

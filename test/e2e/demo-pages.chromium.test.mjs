import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { browserSession } from './support/browser-session.mjs';

const SEEDS = resolve(import.meta.dirname, '../../seeds');

/** The demo pages are what the reader sees in `npm run demo` and what journeys run on. */
describe('demo pages made from the seeds, in Chromium with the extension', () => {
  const session = browserSession('chromium');

  it('are listed on the index and show every seed paragraph verbatim, as text', async () => {
    const seeds = readdirSync(SEEDS).filter((name) => name.endsWith('.txt')).sort();
    assert.equal(session.server.pages.length, seeds.length);
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/'));
    assert.equal(await page.getByRole('link').count(), seeds.length);
    for (const [i, file] of seeds.entries()) {
      await page.goto(session.server.url(session.server.pages[i].path));
      await page.getByRole('heading', { level: 1 }).waitFor();
      const blocks = await page.evaluate(() => [...document.querySelectorAll('h1, h2, p, aside')].map((element) => element.textContent));
      const paragraphs = readFileSync(join(SEEDS, file), 'utf8').split(/\n+/).map((p) => p.trim()).filter(Boolean);
      for (const paragraph of paragraphs) assert.ok(blocks.includes(paragraph), `${file}: "${paragraph.slice(0, 60)}…" is not a block of ${session.server.pages[i].path}`);
      assert.equal(await page.evaluate(() => document.querySelectorAll('script, img, iframe').length), 0, 'seed text stayed text');
      assert.ok((await page.locator('article a, article strong, article b, article i').count()) > 0, 'some names carry inline markup');
    }
    assert.deepEqual(session.browser.errors, []);
    session.browser.assertNoRequestLeft();
  });
});

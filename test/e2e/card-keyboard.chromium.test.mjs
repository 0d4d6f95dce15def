import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { browserSession } from './support/browser-session.mjs';
import { leftTheMachine } from './support/browsers.mjs';
import { card, hover, tabIdOf, waitForHighlights } from './support/reader.mjs';

/**
 * The hover card as a keyboard user, a screen reader and a hostile page meet it, in Chromium:
 * Alt+Shift+N / Alt+Shift+P (driven through the message the command sends, since headless
 * Chromium cannot press extension shortcuts), the card's dialog contract, its shadow-root isolation
 * both ways, its placement at viewport edges, its opening time, and a side panel following the
 * active tab.
 */

/** The hover delay of lib/hover-intent.ts (OPEN_DELAY_MS): the card may not open before it. */
const OPEN_DELAY_MS = 150;

/** Page markup used twice, once with a hostile stylesheet and once without. */
const ISOLATION_BODY = `
  <h1>Research ties</h1>
  <p id="lead">The <a href="#s">Skolkovo Foundation</a> and the CNRS met in Paris with <em>Vivian Balakrishnan</em>.</p>
  <ul><li>First item</li><li>Second item</li></ul>
  <blockquote>A quoted remark.</blockquote>
  <table><tr><td>Cell</td><td>Other cell</td></tr></table>
  <form><label>Name <input name="q" value="x"></label> <button type="button">Go</button></form>
`;
const HOSTILE_CSS = '* { color: red !important; font-size: 40px !important; display: inline !important; line-height: 3 !important; font-family: fantasy !important; }';

describe('the hover card by keyboard, its contract and its timing, in Chromium', () => {
  const session = browserSession('chromium');

  async function open(url) {
    const page = await session.browser.context.newPage();
    await page.goto(url);
    await waitForHighlights(page);
    return page;
  }


  /** What `commands.onCommand` sends for next-mention (1) and previous-mention (-1). */
  const step = (tabId, direction) =>
    session.browser.evaluateInBackground(({ tabId, direction }) => chrome.tabs.sendMessage(tabId, { type: 'stepMention', direction }), { tabId, direction });

  /**
   * Where keyboard stepping stands: every mention in document order, which one is focused and
   * where it is on screen, where focus is (page, host, inside the card) and what was announced.
   */
  const keyboardState = (page) =>
    page.evaluate(() => {
      const toRange = (r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range;
      };
      const mentions = [...CSS.highlights.entries()]
        .filter(([name]) => name.startsWith('backstory-') && name !== 'backstory-focus')
        .flatMap(([, highlight]) => [...highlight].map(toRange))
        .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
      const focused = [...(CSS.highlights.get('backstory-focus') ?? [])].map(toRange);
      const index = focused.length === 1 ? mentions.findIndex((m) => m.compareBoundaryPoints(Range.START_TO_START, focused[0]) === 0) : -1;
      const box = focused[0]?.getBoundingClientRect();
      const host = document.querySelector('backstory-ui');
      const inner = host?.shadowRoot?.activeElement ?? null;
      const active = document.activeElement;
      return {
        mentionCount: mentions.length,
        focusRanges: focused.length,
        index,
        focusText: focused[0]?.toString() ?? null,
        inViewport: box ? box.top >= 0 && box.bottom <= innerHeight && box.height > 0 : false,
        scrollY,
        activeIsHost: active === host && host !== null,
        activeInPage: active === host ? null : active === document.body ? 'body' : (active?.getAttribute('href') ?? active?.tagName ?? null),
        innerInDialog: inner?.closest('[role="dialog"]') != null,
        innerText: inner?.textContent?.trim().slice(0, 40) ?? null,
        announced: host?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? null,
        dialogName: host?.shadowRoot ? (host.shadowRoot.getElementById(host.shadowRoot.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby') ?? '')?.textContent ?? null) : null,
      };
    });

  it('Alt+Shift+N / Alt+Shift+P: scroll to the name, focus it, open its card with focus inside, announce it; Tab, Escape, next, previous', async () => {
    const page = await open(session.server.url('/demo/1.html'));
    const tabId = await tabIdOf(session.browser, page.url());
    await page.focus('a[href="#cnrs"]');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const bottom = await page.evaluate(() => window.scrollY);
    assert.ok(bottom > 300, 'the demo page is long enough to scroll');

    assert.equal(await step(tabId, 1), true, 'the page answers the command');
    await card(page).waitFor();
    await page.waitForFunction(() => {
      const [range] = CSS.highlights.get('backstory-focus') ?? [];
      if (!range) return false;
      const r = document.createRange();
      r.setStart(range.startContainer, range.startOffset);
      const box = r.getBoundingClientRect();
      return box.top >= 0 && box.bottom <= innerHeight;
    });
    let state = await keyboardState(page);
    assert.equal(state.focusRanges, 1, 'one mention is focused');
    assert.equal(state.index, 0, `the first mention in the page is focused (got "${state.focusText}")`);
    assert.ok(state.inViewport && state.scrollY < bottom, `the page scrolled up to it (${bottom} → ${state.scrollY})`);
    assert.ok(state.activeIsHost, `focus is in the extension's host (active element: ${state.activeInPage})`);
    assert.ok(state.innerInDialog, 'and inside the dialog in its shadow root');
    assert.ok(state.dialogName, 'the card has a name');
    assert.equal(state.announced, `${state.dialogName}, 1 of ${state.mentionCount}`, 'the live region announces the name and its place');
    await page.getByRole('dialog', { name: state.dialogName }).waitFor();

    // Tab moves through the card to its button, never out to the page on the way.
    let reached = false;
    for (let presses = 0; presses < 6 && !reached; presses++) {
      await page.keyboard.press('Tab');
      const now = await keyboardState(page);
      assert.ok(now.activeIsHost && now.innerInDialog, `Tab ${presses + 1} stays in the card (at ${now.innerText ?? now.activeInPage})`);
      reached = now.innerText === 'Open in side panel';
    }
    assert.ok(reached, 'Tab reaches "Open in side panel"');
    assert.ok(await page.getByRole('button', { name: 'Open in side panel' }).evaluate((button) => button.getRootNode().activeElement === button));

    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    state = await keyboardState(page);
    assert.equal(state.activeInPage, '#cnrs', 'focus returns to where it was on the page');

    await step(tabId, 1);
    await card(page).waitFor();
    state = await keyboardState(page);
    assert.equal(state.index, 1, `the next mention is focused (got "${state.focusText}")`);
    assert.equal(state.announced, `${state.dialogName}, 2 of ${state.mentionCount}`);
    assert.ok(state.activeIsHost && state.innerInDialog, 'focus moved into the new card');

    await step(tabId, -1);
    await page.waitForFunction(() => /, 1 of \d+$/.test(document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[role="status"]')?.textContent ?? ''));
    state = await keyboardState(page);
    assert.equal(state.index, 0, `previous goes back to the first mention (got "${state.focusText}")`);
    assert.equal(state.announced, `${state.dialogName}, 1 of ${state.mentionCount}`);

    // Previous from the first wraps to the last.
    await step(tabId, -1);
    await page.waitForFunction((n) => document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[role="status"]')?.textContent?.endsWith(`, ${n} of ${n}`), state.mentionCount);
    assert.equal((await keyboardState(page)).index, state.mentionCount - 1, 'previous from the first goes to the last');
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'hidden' });
    assert.equal((await keyboardState(page)).activeInPage, '#cnrs', 'focus still returns to the page after several steps');
    await page.close();
  });

  it('a card opened from the keyboard closes when focus leaves it for the page, and leaves that focus alone', async () => {
    const page = await open(
      session.server.add(
        '/focus-leaves.html',
        `<!doctype html><meta charset="utf-8"><title>Focus</title>
         <p><a id="first" href="#first">Earlier story</a></p>
         <h1>Research ties</h1>
         <p>The Skolkovo Foundation and the CNRS met in Paris with Vivian Balakrishnan.</p>
         <p><a id="last" href="#last">Later story</a></p>`,
      ),
    );
    const tabId = await tabIdOf(session.browser, page.url());
    await page.focus('#first');

    // Shift+Tab from the card goes back into the page (the host is the last element of <html>).
    await step(tabId, 1);
    await card(page).waitFor();
    assert.ok((await keyboardState(page)).innerInDialog, 'focus starts in the card');
    await page.keyboard.press('Shift+Tab');
    await card(page).waitFor({ state: 'hidden', timeout: 2000 });
    assert.equal((await keyboardState(page)).activeInPage, '#last', 'focus stays where Shift+Tab put it, not pulled back to where it was before the card');

    // A click in the page's text closes it too: no pointer ever entered the card to leave it.
    await page.focus('#first');
    await step(tabId, 1);
    await card(page).waitFor();
    await page.locator('h1').click();
    await card(page).waitFor({ state: 'hidden', timeout: 2000 });
    await page.close();
  });

  /** The computed styles that page CSS would most likely bend, for the card and its parts. */
  const cardStyles = (page) =>
    page.getByRole('dialog').evaluate((dialog) => {
      const pick = (element) => {
        const style = getComputedStyle(element);
        return Object.fromEntries(['color', 'font-size', 'font-family', 'line-height', 'display', 'background-color', 'padding-top', 'border-top-width', 'width'].map((p) => [p, style.getPropertyValue(p)]));
      };
      return {
        dialog: pick(dialog),
        heading: pick(dialog.querySelector('h2')),
        description: pick(dialog.querySelector('p')),
        button: pick(dialog.querySelector('button')),
      };
    });

  it('is a named dialog in an open shadow root that page CSS cannot reach and whose CSS does not leak', async () => {
    const clean = await open(session.server.add('/isolation-clean.html', `<!doctype html><meta charset="utf-8"><title>Clean</title>${ISOLATION_BODY}`));
    const snapshot = () =>
      clean.evaluate(() =>
        [document.documentElement, ...document.documentElement.querySelectorAll('*')]
          .filter((element) => element.tagName !== 'BACKSTORY-UI')
          .map((element) => {
            const style = getComputedStyle(element);
            return `${element.tagName} ${[...style].map((p) => `${p}:${style.getPropertyValue(p)}`).join(';')}`;
          }),
      );
    const before = await snapshot();
    await hover(clean, 'Skolkovo Foundation');
    await clean.getByRole('dialog', { name: 'Skolkovo Foundation' }).waitFor();
    const after = await snapshot();
    assert.equal(after.length, before.length, 'no element was added to the page');
    const changed = before.filter((line, i) => line !== after[i]).map((line) => line.split(' ')[0]);
    assert.deepEqual(changed, [], "the page's own elements keep every computed style while the card shows");
    const host = await clean.evaluate(() => {
      const element = document.querySelector('backstory-ui');
      return { parent: element?.parentElement?.tagName, shadowOpen: element?.shadowRoot != null, inRoot: element?.shadowRoot?.querySelector('[role="dialog"]') != null };
    });
    assert.deepEqual(host, { parent: 'HTML', shadowOpen: true, inRoot: true }, "the card lives in an open shadow root outside the page's content");
    const reference = await cardStyles(clean);
    await clean.close();

    const hostile = await open(session.server.add('/isolation-hostile.html', `<!doctype html><meta charset="utf-8"><title>Hostile</title><style>${HOSTILE_CSS}</style>${ISOLATION_BODY}`));
    assert.equal(await hostile.evaluate(() => getComputedStyle(document.querySelector('li')).fontSize), '40px', 'the hostile sheet applies to the page');
    await hover(hostile, 'Skolkovo Foundation');
    await hostile.getByRole('dialog', { name: 'Skolkovo Foundation' }).waitFor();
    const bent = await cardStyles(hostile);
    assert.deepEqual(bent, reference, "the page's !important rules do not reach the card");
    assert.notEqual(bent.dialog.color, 'rgb(255, 0, 0)');
    assert.equal(bent.dialog['font-size'], '14px');
    await hostile.close();
  });

  it('fits in a small viewport at its right and bottom edges without covering the name', async () => {
    const url = session.server.add(
      '/edges.html',
      `<!doctype html><meta charset="utf-8"><title>Edges</title>
       <style>body { margin: 0; font: 16px/1.4 sans-serif; } p { position: absolute; margin: 0; white-space: nowrap; }
         #right { top: 6px; right: 2px; } #corner { bottom: 2px; right: 2px; } #bottom { bottom: 2px; left: 2px; }</style>
       <p id="right">Talks at the Skolkovo Foundation</p>
       <p id="bottom">Vivian Balakrishnan spoke</p>
       <p id="corner">A word from Emmanuel Chiva</p>`,
    );
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 420, height: 340 });
    await page.goto(url);
    await waitForHighlights(page, 3);
    for (const name of ['Skolkovo Foundation', 'Vivian Balakrishnan', 'Emmanuel Chiva']) {
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'hidden' });
      await hover(page, name);
      const dialog = page.getByRole('dialog', { name: new RegExp(name) });
      await dialog.waitFor();
      // Floating UI places the card asynchronously: wait until it stops moving.
      let box = await dialog.boundingBox();
      for (let tries = 0; tries < 20; tries++) {
        await page.waitForTimeout(50);
        const next = await dialog.boundingBox();
        if (JSON.stringify(next) === JSON.stringify(box)) break;
        box = next;
      }
      const mention = await page.evaluate((text) => {
        const node = [...document.querySelectorAll('p')].map((p) => p.firstChild).find((t) => t.data.includes(text));
        const range = document.createRange();
        range.setStart(node, node.data.indexOf(text));
        range.setEnd(node, node.data.indexOf(text) + text.length);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top, width: r.width, height: r.height };
      }, name);
      const where = `${name}: card ${JSON.stringify(box)}, name ${JSON.stringify(mention)}`;
      assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 420 + 0.5 && box.y + box.height <= 340 + 0.5, `the card is inside the 420×340 viewport (${where})`);
      const overlaps = box.x < mention.x + mention.width && mention.x < box.x + box.width && box.y < mention.y + mention.height && mention.y < box.y + box.height;
      assert.ok(!overlaps, `the card does not cover the name (${where})`);
    }
    await page.close();
  });

  it('opens within a few frames of the hover delay (figures printed)', async () => {
    const page = await open(session.server.url('/demo/1.html'));
    // Page-side clock: the last pointer move (the pointer comes to rest) and the dialog's arrival.
    await page.evaluate(() => {
      window.__cardTiming = { lastMove: 0, shownAt: 0 };
      document.addEventListener('pointermove', (event) => (window.__cardTiming.lastMove = event.timeStamp), { capture: true });
      const look = () => {
        const dialog = document.querySelector('backstory-ui')?.shadowRoot?.querySelector('[role="dialog"]');
        if (dialog && !window.__cardTiming.shownAt) window.__cardTiming.shownAt = performance.now();
        if (!dialog) window.__cardTiming.shownAt = 0;
      };
      const watched = new WeakSet();
      new MutationObserver(() => {
        const root = document.querySelector('backstory-ui')?.shadowRoot;
        if (root && !watched.has(root)) {
          watched.add(root);
          new MutationObserver(look).observe(root, { childList: true, subtree: true });
        }
        look();
      }).observe(document.documentElement, { childList: true });
    });
    const names = ['Chan Heng Kee', 'Emmanuel Chiva', 'Temasek Laboratories', 'French National Centre for Scientific Research', 'MINDEF', 'Directorate General of Armaments'];
    const figures = [];
    for (const name of names) {
      await page.mouse.move(3, 3);
      await card(page).waitFor({ state: 'hidden' });
      await hover(page, name);
      await card(page).waitFor();
      const { lastMove, shownAt } = await page.evaluate(() => window.__cardTiming);
      assert.ok(lastMove > 0 && shownAt > 0, `both moments were seen for ${name}`);
      figures.push({ name, ms: shownAt - lastMove - OPEN_DELAY_MS });
    }
    console.log(`card open after the ${OPEN_DELAY_MS} ms hover delay (pointer at rest → dialog in the DOM): ${figures.map((f) => `${f.name} ${f.ms.toFixed(1)} ms`).join(', ')}`);
    for (const { name, ms } of figures) {
      assert.ok(ms > -5, `${name}: the card waits for the hover delay (${ms.toFixed(1)} ms after it)`);
      // The 50 ms budget is judged by `npm run bench`; here only a bound slow machines meet.
      assert.ok(ms < 1000, `${name}: the card opens within a second of the delay (${ms.toFixed(1)} ms)`);
    }
    await page.close();
  });

  it('a side panel that is not pinned follows the active tab', async () => {
    const panel = await session.browser.openExtensionPage('sidepanel.html');
    const skolkovo = await open(session.server.url('/demo/2.html'));
    const singapore = await open(session.server.url('/demo/3.html'));
    const listed = () => panel.locator('main').innerText();

    await skolkovo.bringToFront();
    await panel.getByRole('button', { name: /^Skolkovo Foundation/ }).first().waitFor();
    assert.doesNotMatch(await listed(), /Vivian Balakrishnan/);

    await singapore.bringToFront();
    await panel.getByRole('button', { name: /^Vivian Balakrishnan/ }).first().waitFor();
    assert.doesNotMatch(await listed(), /Skolkovo Foundation/, "the first page's names are gone");

    await skolkovo.bringToFront();
    await panel.getByRole('button', { name: /^Skolkovo Foundation/ }).first().waitFor();
    await Promise.all([panel.close(), skolkovo.close(), singapore.close()]);
  });

  it('no request left the machine and no extension page logged an error', () => {
    assert.deepEqual(leftTheMachine(session.browser.requests), []);
    assert.deepEqual(session.browser.errors.filter((e) => /chrome-extension:|service worker/.test(e)), []);
  });
});

/**
 * What a reader does on a page, as test steps: find a phrase, hover it, read the card.
 */

/** The centre of the `occurrence`-th appearance of `text` on the page (across inline elements). */
export async function pointAt(page, text, occurrence = 0) {
  const point = await page.evaluate(
    ({ text, occurrence }) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement.closest('script, style') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      const nodes = [];
      let all = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: all.length });
        all += node.data;
      }
      let at = -1;
      for (let i = 0; i <= occurrence; i++) {
        at = all.indexOf(text, at + 1);
        if (at < 0) return null;
      }
      const locate = (offset) => {
        const entry = nodes.findLast((n) => n.start <= offset);
        return [entry.node, offset - entry.start];
      };
      const range = document.createRange();
      range.setStart(...locate(at));
      range.setEnd(...locate(at + text.length));
      const element = range.startContainer.parentElement;
      element.scrollIntoView({ block: 'center' });
      const box = range.getClientRects()[0];
      return { x: box.left + Math.min(box.width / 2, 12), y: box.top + box.height / 2 };
    },
    { text, occurrence },
  );
  if (!point) throw new Error(`"${text}" (occurrence ${occurrence}) is not on ${page.url()}`);
  return point;
}

/** Moves the pointer onto a phrase as a reader would (from beside it, in a few steps) and rests. */
export async function hover(page, text, occurrence = 0) {
  const { x, y } = await pointAt(page, text, occurrence);
  await page.mouse.move(x - 40, y - 30);
  await page.mouse.move(x, y, { steps: 4 });
}

/** The hover card (role=dialog inside the extension's open shadow root). */
export function card(page) {
  return page.getByRole('dialog');
}

/** How many ranges each of Backstory's highlights holds on the page. */
export function highlightCounts(page) {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights.entries()].filter(([name]) => name.startsWith('backstory-')).map(([name, h]) => [name, h.size])));
}

/** Waits until the page's highlights settle on at least `min` ranges in total. */
export async function waitForHighlights(page, min = 1) {
  await page.waitForFunction(
    (min) => [...CSS.highlights.entries()].filter(([name]) => name.startsWith('backstory-')).reduce((sum, [, h]) => sum + h.size, 0) >= min,
    min,
    { timeout: 10_000 },
  );
}

/**
 * What the tab showing `url` reported to the background (its id, status and entity counts), as the
 * side panel reads it from session storage; waits up to 5 s for the first report.
 */
export async function reportedPage(browser, url) {
  for (let tries = 0; tries < 50; tries++) {
    const state = await browser.evaluateInBackground(async (url) => {
      const all = await (globalThis.browser ?? globalThis.chrome).storage.session.get(null);
      return Object.values(all).find((entry) => entry && entry.url === url) ?? null;
    }, url);
    if (state) return state;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} never reported to the background`);
}

/** The id of the tab showing `url`, once its content script has reported it. */
export async function tabIdOf(browser, url) {
  return (await reportedPage(browser, url)).tabId;
}

import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, it } from 'node:test';
import { browserSession } from './support/browser-session.mjs';
import { leftTheMachine } from './support/browsers.mjs';
import { card, hover, tabIdOf, waitForHighlights } from './support/reader.mjs';

/**
 * Every screen of the extension audited by axe-core against WCAG 2.2 A and AA, in light and dark:
 * the hover card on a page, the side panel's views (on this page, agreements, related coverage,
 * search, an entity), "Add this page"'s review, and the popup. A finding fails the test with the
 * rule, the element and what axe says to fix.
 */

const AXE_SOURCE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** The tag of the card's shadow host (lib/content/card-host.ts). */
const CARD_HOST = 'backstory-ui';

/**
 * The findings of axe on `page` (within `include`, a selector or a shadow-DOM selector path), as
 * lines naming the rule, the element and the fix. axe is evaluated over the debugging protocol, so
 * the extension pages' Content-Security-Policy does not stand in its way.
 */
async function audit(page, include) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(
    async ([include, tags]) => {
      const result = await window.axe.run(include ? { include: [include] } : document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => `${JSON.stringify(n.target)}: ${n.failureSummary}`) }));
    },
    [include, WCAG_AA],
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.join('\n    ')}`);
}

/**
 * Text contrast inside the hover card, which axe cannot work out there (it reports the card's text
 * as "incomplete": the card is drawn outside its zero-size, fixed host). WCAG 1.4.3: 4.5:1, or 3:1
 * for large text (24 px, or 18.66 px bold). Lines for the elements whose own text falls short.
 */
function cardContrastShortfalls(page, hostTag) {
  return page.evaluate((hostTag) => {
    const channel = (c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
    const rgba = (css) => {
      const [r, g, b, a = 1] = css.match(/[\d.]+/g).map(Number);
      return { r, g, b, a };
    };
    const luminance = ({ r, g, b }) => 0.2126 * channel(r / 255) + 0.7152 * channel(g / 255) + 0.0722 * channel(b / 255);
    const background = (element) => {
      for (let current = element; current; current = current.parentElement ?? current.getRootNode().host) {
        const color = rgba(getComputedStyle(current).backgroundColor);
        if (color.a === 1) return color;
        if (color.a > 0) throw new Error(`a translucent background on ${current.className}: blend it before measuring`);
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const root = document.querySelector(hostTag).shadowRoot;
    const out = [];
    for (const element of root.querySelectorAll('[role="dialog"] *')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === 3 && node.data.trim() !== '');
      if (!ownText || element.getClientRects().length === 0) continue;
      const style = getComputedStyle(element);
      const [light, dark] = [luminance(rgba(style.color)), luminance(background(element))].sort((a, b) => b - a);
      const ratio = (light + 0.05) / (dark + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) out.push(`${element.localName}.${element.className}: ${ratio.toFixed(2)}:1 ("${element.textContent.trim().slice(0, 40)}")`);
    }
    return out;
  }, hostTag);
}

describe('accessibility of every screen, audited by axe-core, in Chromium', () => {
  const session = browserSession('chromium');

  for (const scheme of ['light', 'dark']) {
    it(`the hover card, the side panel, the review and the popup pass WCAG 2.2 AA in ${scheme} mode`, async () => {
      const findings = [];
      const check = async (what, page, include) => {
        for (const line of await audit(page, include)) findings.push(`${what}: ${line}`);
      };

      const page = await session.browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(session.server.url('/demo/1.html'));
      await waitForHighlights(page);
      await hover(page, 'Chan Heng Kee');
      await page.getByRole('dialog', { name: 'Chan Heng Kee' }).waitFor();
      await check('hover card', page, { fromShadowDom: [CARD_HOST, '[role="dialog"]'] });
      for (const line of await cardContrastShortfalls(page, CARD_HOST)) findings.push(`hover card: contrast ${line}`);
      await page.keyboard.press('Escape');
      await card(page).waitFor({ state: 'hidden' });

      const tabId = await tabIdOf(session.browser, page.url());
      const panel = await session.browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
      await panel.emulateMedia({ colorScheme: scheme });
      await panel.getByRole('button', { name: /^CNRS|French National Centre for Scientific Research/ }).first().waitFor();
      await check('side panel, on this page', panel);
      for (const [tab, ready] of [
        ['Agreements', /Joint/],
        ['Related', /Shares \d+ entities/],
      ]) {
        await panel.getByRole('tab', { name: tab }).click();
        await panel.locator('main').getByText(ready).first().waitFor();
        await check(`side panel, ${tab.toLowerCase()}`, panel);
      }
      await panel.getByRole('tab', { name: 'Search' }).click();
      await panel.getByRole('searchbox').fill('skolkov');
      await panel.getByText('Skolkovo Foundation').first().waitFor();
      await check('side panel, search', panel);
      await panel.getByText('Skolkovo Foundation').first().click();
      await panel.getByRole('heading', { name: 'Skolkovo Foundation' }).first().waitFor();
      await check('side panel, an entity', panel);

      await panel.getByRole('tab', { name: 'On this page' }).click();
      await panel.getByRole('button', { name: 'Add this page' }).click();
      await panel.getByRole('region', { name: 'Add this page to your dataset' }).waitFor();
      await check('add this page, review', panel);
      await panel.close();

      const popup = await session.browser.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.emulateMedia({ colorScheme: scheme });
      await popup.getByRole('button', { name: 'Open side panel' }).waitFor();
      await check('popup', popup);
      await popup.close();
      await page.close();

      assert.deepEqual(findings, [], `axe-core found:\n${findings.join('\n')}`);
    });
  }

  it('keeps every kind of highlight visible in forced-colours mode, and told apart by its underline', async () => {
    const page = await session.browser.context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(session.server.url('/demo/1.html'));
    await waitForHighlights(page);
    assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    /** Where the first mention of each kind is drawn, scrolled into view (page coordinates). */
    const boxes = await page.evaluate(() => {
      const out = {};
      for (const kind of ['org', 'person']) {
        const first = [...CSS.highlights.get(`backstory-${kind}`)][0];
        const range = document.createRange();
        range.setStart(first.startContainer, first.startOffset);
        range.setEnd(first.endContainer, first.endOffset);
        const rect = range.getBoundingClientRect();
        out[kind] = { x: rect.x + scrollX - 2, y: rect.y + scrollY - 2, width: rect.width + 4, height: rect.height + 6 };
      }
      return out;
    });
    const shot = (box) => page.screenshot({ clip: box, fullPage: true });
    const painted = { org: await shot(boxes.org), person: await shot(boxes.person) };
    if (process.env.A11Y_SHOTS) for (const kind of ['org', 'person']) await writeFile(`${process.env.A11Y_SHOTS}/forced-${kind}.png`, painted[kind]);
    // The same places with Backstory's highlights taken off the page (and put back after).
    await page.evaluate(async () => {
      window.__kept = [...CSS.highlights].filter(([name]) => name.startsWith('backstory-'));
      for (const [name] of window.__kept) CSS.highlights.delete(name);
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    const bare = { org: await shot(boxes.org), person: await shot(boxes.person) };
    const bareAgain = await shot(boxes.org);
    await page.evaluate(() => {
      for (const [name, highlight] of window.__kept) CSS.highlights.set(name, highlight);
    });
    await page.close();
    assert.ok(bare.org.equals(bareAgain), 'the page itself paints the same twice (the comparison is meaningful)');
    assert.ok(!painted.org.equals(bare.org), 'an organisation is highlighted in forced colours');
    assert.ok(!painted.person.equals(bare.person), 'a person is highlighted in forced colours');

    // Kinds differ by underline style, in every mode, not by colour alone.
    const css = await readFile(new URL('../../entrypoints/content/highlights.css', import.meta.url), 'utf8');
    const style = (kind) => css.match(new RegExp(`::highlight\\(backstory-${kind}\\) \\{[^}]*text-decoration-style: (\\w+)`))?.[1];
    const styles = ['org', 'person', 'country'].map(style);
    assert.equal(new Set(styles).size, 3, `underline styles ${styles.join(', ')}`);
    const forced = css.slice(css.indexOf('@media (forced-colors: active)'));
    assert.doesNotMatch(forced, /text-decoration-style|rgb\(/, 'forced colours keep the underline styles and use system colours only');
  });

  it('finds what it is there to find: a nameless button, faint text, a faint card line', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(session.server.url('/demo/1.html'));
    await waitForHighlights(page);
    await hover(page, 'Chan Heng Kee');
    await page.getByRole('dialog', { name: 'Chan Heng Kee' }).waitFor();
    await page.evaluate((hostTag) => {
      const faint = document.createElement('p');
      faint.textContent = 'Faint words';
      faint.style.color = '#d0d0d0';
      document.querySelector(hostTag).shadowRoot.querySelector('[role="dialog"]').append(faint);
    }, CARD_HOST);
    assert.match((await cardContrastShortfalls(page, CARD_HOST)).join('\n'), /Faint words/);
    await page.close();

    const popup = await session.browser.openExtensionPage('popup.html');
    await popup.getByRole('button', { name: 'Open side panel' }).waitFor();
    await popup.evaluate(() => {
      document.body.append(document.createElement('button'));
      const faint = document.createElement('p');
      faint.textContent = 'Faint words';
      faint.style.cssText = 'color: #d0d0d0; background: #ffffff';
      document.body.append(faint);
    });
    const findings = (await audit(popup)).join('\n');
    assert.match(findings, /^button-name/m);
    assert.match(findings, /^color-contrast/m);
    await popup.close();
  });

  it('no request left the machine and no extension page logged an error', () => {
    assert.deepEqual(leftTheMachine(session.browser.requests), []);
    assert.deepEqual(session.browser.errors.filter((e) => /chrome-extension:|service worker/.test(e)), []);
  });
});

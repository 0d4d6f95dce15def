// Regenerates test/screenshots/backstory.png for the README: a demo page with a hover card, beside
// the side panel pinned to that tab. Run after `npm run build`: node test/demo/readme-screenshot.mjs
import { join, resolve } from 'node:path';
import { launchChromium } from '../e2e/support/browsers.mjs';
import { startPageServer } from '../e2e/support/page-server.mjs';
import { hover, waitForHighlights } from '../e2e/support/reader.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const scheme = process.argv[2] === 'dark' ? 'dark' : 'light';
const server = await startPageServer();
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 860, height: 760 });
  await page.goto(server.url('/demo/1.html'));
  await waitForHighlights(page);
  const tabId = await browser.evaluateInBackground(async (url) => {
    for (let i = 0; i < 50; i++) {
      const state = Object.values(await chrome.storage.session.get(null)).find((s) => s && s.url === url);
      if (state) return state.tabId;
      await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }, page.url());
  await page.evaluate(() => window.scrollTo(0, 230));
  await hover(page, 'Emmanuel Chiva');
  await page.getByRole('dialog').waitFor();
  await page.waitForTimeout(300);
  const pageShot = await page.screenshot();
  const panel = await browser.openExtensionPage(`sidepanel.html?tab=${tabId}`);
  await panel.emulateMedia({ colorScheme: scheme });
  await panel.setViewportSize({ width: 380, height: 760 });
  await panel.getByRole('tab', { name: 'Agreements' }).click();
  await panel.waitForTimeout(300);
  const panelShot = await panel.screenshot();
  const sheet = await browser.context.newPage();
  await sheet.setViewportSize({ width: 1256, height: 776 });
  const img = (png) => `data:image/png;base64,${png.toString('base64')}`;
  await sheet.setContent(
    `<body style="margin:0;background:${scheme === 'dark' ? '#0b0c0f' : '#d9dde4'};display:flex;gap:8px;padding:8px">` +
      `<img src="${img(pageShot)}" width="860" height="760"><img src="${img(panelShot)}" width="380" height="760"></body>`,
  );
  await sheet.screenshot({ path: join(ROOT, `test/screenshots/backstory-${scheme}.png`) });
  console.log(`test/screenshots/backstory-${scheme}.png`);
} finally {
  await browser.close();
  await server.close();
}

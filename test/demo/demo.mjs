// `npm run demo`: serves demo news pages made from the seed articles on 127.0.0.1 and opens
// Chromium with the built extension on them. With a display, a real window stays open until you
// close it; without one, it says so and writes screenshots (light and dark) to demo-screenshots/.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../e2e/support/browsers.mjs';
import { startPageServer } from '../e2e/support/page-server.mjs';
import { hover, waitForHighlights } from '../e2e/support/reader.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

const server = await startPageServer();
console.log(`Demo pages: ${server.url('/')}`);
for (const page of server.pages) console.log(`  ${server.url(page.path)}  ${page.title}`);

async function launch(colorScheme) {
  return chromium.launchPersistentContext('', {
    executablePath,
    headless: !headed,
    colorScheme,
    viewport: headed ? null : { width: 1280, height: 860 },
    args: chromiumArgs(EXTENSION),
  });
}

if (headed) {
  const context = await launch('light');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(server.url('/'));
  console.log('Chromium is open with Backstory loaded: hover a highlighted name, or open the side panel from the toolbar. Close the window to stop.');
  await new Promise((done) => context.on('close', done));
} else {
  const folder = join(ROOT, 'demo-screenshots');
  mkdirSync(folder, { recursive: true });
  console.log('No display (DISPLAY/WAYLAND_DISPLAY unset): writing screenshots instead of opening a window.');
  for (const scheme of ['light', 'dark']) {
    const context = await launch(scheme);
    for (const [i, demo] of server.pages.entries()) {
      const page = await context.newPage();
      await page.goto(server.url(demo.path));
      await waitForHighlights(page);
      const name = ['Chan Heng Kee', 'Skolkovo Foundation', 'Vivian Balakrishnan'][i];
      if (name) {
        await hover(page, name);
        await page.getByRole('dialog').waitFor({ timeout: 5000 }).catch(() => {});
      }
      const file = join(folder, `demo-${i + 1}-${scheme}.png`);
      await page.screenshot({ path: file });
      console.log(`  ${file}`);
      await page.close();
    }
    await context.close();
  }
}
await server.close();

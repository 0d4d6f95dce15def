// Renders public/icons/icon.svg to the PNG sizes the manifest names, with the system Chromium.
// Run: node lib/build/render-icons.mjs   (CHROME_PATH overrides /usr/bin/chromium)
// The PNGs are committed; run this again only after editing the SVG, then look at every size.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const iconsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'public', 'icons');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
if (!existsSync(executablePath)) {
  throw new Error(
    `Chromium not found at ${executablePath}: install it with \`apt-get install -y chromium\` or set CHROME_PATH`,
  );
}

const svg = readFileSync(join(iconsDir, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const sized = svg.replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setContent(
      `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(join(iconsDir, `${size}.png`), png);
    console.log(`public/icons/${size}.png`);
    await page.close();
  }
} finally {
  await browser.close();
}

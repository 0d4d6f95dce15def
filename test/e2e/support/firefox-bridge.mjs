/**
 * Firefox gives WebDriver BiDi no way into an extension: `goto` refuses moz-extension: URLs and
 * the background page is not a browsing context. So the copy of the Firefox build that a test
 * profile side-loads gets a few test-only files (the build in .output is never changed):
 *
 *   e2e-bridge-errors.js      runs first in the background and in every extension page and
 *                             records errors there (Firefox tells BiDi nothing of them);
 *   e2e-bridge-background.js  in the background: when
 *   e2e-bridge-content.js     (only on http://127.0.0.1/backstory-e2e-bridge) connects, it opens
 *   e2e-bridge.html           an extension page in a background tab, which the harness drives to
 *                             open other extension pages (tabs.create) and to use the extension's
 *                             APIs with the background's privileges (runtime.getBackgroundPage).
 *
 * The tab is opened on request, not at startup, because Playwright does not report tabs an
 * extension opened before it attached.
 */
export const BRIDGE_PAGE = 'e2e-bridge.html';
export const BRIDGE_TRIGGER_PATH = '/backstory-e2e-bridge';
const PORT_NAME = 'backstory-e2e-bridge';

const BRIDGE_ERRORS = `// Test-only (Backstory e2e harness): records this window's errors in __backstoryE2eErrors.
(() => {
  const errors = (globalThis.__backstoryE2eErrors = []);
  addEventListener('error', (event) => errors.push(\`\${event.message} at \${event.filename}:\${event.lineno}\`));
  addEventListener('unhandledrejection', (event) => errors.push(\`unhandled rejection: \${event.reason?.stack ?? event.reason}\`));
  const consoleError = console.error.bind(console);
  console.error = (...args) => {
    errors.push(\`console: \${args.map(String).join(' ')}\`);
    consoleError(...args);
  };
})();
`;

const BRIDGE_BACKGROUND = `// Test-only (Backstory e2e harness): not part of the extension.
(() => {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== '${PORT_NAME}') return;
    port.disconnect();
    browser.tabs.create({ url: browser.runtime.getURL('${BRIDGE_PAGE}'), active: false });
  });
})();
`;

const BRIDGE_CONTENT = `// Test-only (Backstory e2e harness): asks the background to open ${BRIDGE_PAGE}.
browser.runtime.connect({ name: '${PORT_NAME}' });
`;

const BRIDGE_HTML = `<!doctype html><html><head><meta charset="utf-8"><title>Backstory e2e bridge</title></head>
<p>Test-only page of the Backstory e2e harness.</p>`;

/**
 * The entries of the Firefox build with the bridge added.
 * @param {Record<string, Buffer>} entries the build's files
 * @returns {Record<string, Buffer | string>}
 */
export function withBridge(entries) {
  const manifest = JSON.parse(entries['manifest.json'].toString('utf8'));
  const scripts = manifest.background?.scripts;
  if (!Array.isArray(scripts)) {
    throw new Error(`The Firefox build's manifest has no background.scripts (found ${JSON.stringify(manifest.background)}): the e2e bridge expects an MV2 background`);
  }
  manifest.background.scripts = ['e2e-bridge-errors.js', 'e2e-bridge-background.js', ...scripts];
  /** @type {Record<string, Buffer | string>} */
  const pages = {};
  for (const [path, content] of Object.entries(entries)) {
    if (!path.endsWith('.html')) continue;
    const html = content.toString('utf8');
    const at = html.search(/<head[^>]*>/i);
    if (at < 0) throw new Error(`${path} in the Firefox build has no <head>: the e2e bridge cannot watch it for errors`);
    const end = html.indexOf('>', at) + 1;
    pages[path] = `${html.slice(0, end)}<script src="/e2e-bridge-errors.js"></script>${html.slice(end)}`;
  }
  manifest.content_scripts = [
    ...(manifest.content_scripts ?? []),
    { matches: [`http://127.0.0.1${BRIDGE_TRIGGER_PATH}`], js: ['e2e-bridge-content.js'], run_at: 'document_start' },
  ];
  return {
    ...entries,
    ...pages,
    'manifest.json': JSON.stringify(manifest),
    'e2e-bridge-errors.js': BRIDGE_ERRORS,
    'e2e-bridge-background.js': BRIDGE_BACKGROUND,
    'e2e-bridge-content.js': BRIDGE_CONTENT,
    [BRIDGE_PAGE]: BRIDGE_HTML,
  };
}

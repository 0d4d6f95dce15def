import { after, before } from 'node:test';
import { launchBrowser } from './browsers.mjs';
import { startPageServer } from './page-server.mjs';

/**
 * The local page server and a browser with the built extension, for the tests of the `describe`
 * this is called in: started before its first test and closed after its last, whatever failed. If
 * one of them did not start, the one that did is still closed.
 * @param {'chromium' | 'firefox'} name
 */
export function browserSession(name) {
  /** @type {import('./browsers.mjs').ExtensionBrowser | undefined} */
  let browser;
  /** @type {Awaited<ReturnType<typeof startPageServer>> | undefined} */
  let server;
  before(async () => {
    server = await startPageServer();
    browser = await launchBrowser(name);
  });
  after(async () => {
    try {
      await browser?.close();
    } finally {
      await server?.close();
    }
  });
  return {
    get browser() {
      return browser;
    },
    get server() {
      return server;
    },
  };
}

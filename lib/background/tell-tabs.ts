import { browser } from 'wxt/browser';
import type { TabMessage } from '../protocol';
import { TAB_KEYS } from '../storage-keys';

/** The storage.local keys content scripts read (lib/content/local-value.ts), without their area. */
const tabKeys: ReadonlySet<string> = new Set(TAB_KEYS);

/** Sends every tab the message; tabs without Backstory's content script (browser pages) refuse it, which is fine. */
export async function tellTabs(message: TabMessage): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, message).catch(() => {}))));
}

/**
 * Tells every tab when a key it reads changes, whoever wrote it (the background the index, the
 * popup the settings). Content scripts do not listen to storage changes themselves: the browser
 * sends a storage.onChanged listener every change of every key with old and new values, so each
 * tab would receive the reader's whole layer twice on every save (tens of milliseconds of its main
 * thread at 10,000 entities). Returns the stop.
 */
export function relayTabKeyChanges(): () => void {
  const listener = (changes: Record<string, unknown>, area: string): void => {
    if (area !== 'local') return;
    for (const key of Object.keys(changes)) if (tabKeys.has(key)) void tellTabs({ type: 'storageChanged', key });
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

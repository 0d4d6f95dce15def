import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TabMessage } from '../protocol';
import { tabStateItem, type TabPageState } from '../storage-items';

export interface TabPage {
  tabId: number | null;
  page: TabPageState | null;
}

async function activeTabId(): Promise<number | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Whether the tab runs Backstory's content script: browser pages, stores and PDFs do not. */
async function tabIsReadable(tabId: number): Promise<boolean> {
  const ping: TabMessage = { type: 'ping' };
  return browser.tabs.sendMessage(tabId, ping).then(
    (answer) => answer === true,
    () => false,
  );
}

/**
 * The tab the panel speaks of: the one pinned with `?tab=ID`, else the active tab, followed as the
 * reader switches tabs; and what its content script reported, kept current from session storage.
 */
export function useTabPage(pinnedTabId: number | null): TabPage {
  const [tabId, setTabId] = useState<number | null>(pinnedTabId);
  const [page, setPage] = useState<TabPageState | null>(null);

  useEffect(() => {
    if (pinnedTabId !== null) return;
    void activeTabId().then(setTabId);
    const onActivated = ({ tabId: next }: { tabId: number }) => setTabId(next);
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  }, [pinnedTabId]);

  useEffect(() => {
    if (tabId === null) return;
    let live = true;
    const item = tabStateItem(tabId);
    const show = (state: TabPageState | null) => live && setPage(state);
    void item.getValue().then(async (state) => {
      if (state) return show(state);
      // Nothing reported yet: either still reading, or a page no extension may read.
      const readable = await tabIsReadable(tabId);
      show({ tabId, url: '', title: '', status: readable ? 'scanning' : 'unreadable', counts: {}, names: {}, updatedAt: Date.now() });
    });
    const unwatch = item.watch((state) => state && show(state));
    // Navigating the tab to a browser page leaves the old report behind: check again.
    const onUpdated = (updatedId: number, change: { status?: string }) => {
      if (updatedId !== tabId || change.status !== 'complete') return;
      void tabIsReadable(tabId).then((readable) => {
        if (!readable) show({ tabId, url: '', title: '', status: 'unreadable', counts: {}, names: {}, updatedAt: Date.now() });
      });
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      unwatch();
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [tabId]);

  return { tabId, page };
}

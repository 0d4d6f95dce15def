import { browser } from 'wxt/browser';

/** Firefox's sidebar API, which the Chrome-shaped `browser` types do not declare. */
interface SidebarAction {
  open(): Promise<void>;
  setPanel(details: { tabId?: number; panel: string }): Promise<void>;
}

/**
 * Opens the side panel pinned to a tab (`sidepanel.html?tab=ID`): Chrome's side panel, or
 * Firefox's sidebar. Both browsers only allow this while handling a user gesture, and an `await`
 * before the open call would lose it, so both calls are issued synchronously.
 */
export function openSidePanel(tabId: number | undefined, extra: Record<string, string> = {}): Promise<unknown> {
  if (tabId === undefined) return Promise.reject(new Error('No tab to open the side panel for.'));
  const query = new URLSearchParams({ tab: String(tabId), ...extra });
  const path = `sidepanel.html?${query}`;
  const sidebar = (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
  if (sidebar) {
    const opened = sidebar.open();
    return Promise.all([opened, sidebar.setPanel({ tabId, panel: browser.runtime.getURL(`/${path}` as '/sidepanel.html') })]);
  }
  const configured = browser.sidePanel.setOptions({ tabId, path, enabled: true });
  return Promise.all([configured, browser.sidePanel.open({ tabId })]);
}

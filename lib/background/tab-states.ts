import { browser } from 'wxt/browser';
import { tabStateItem, type TabPageState } from '../storage-items';

/**
 * What each tab's page mentions, kept in session storage so the side panel and popup read it
 * directly (and watch it) and a restarted service worker still knows it. The badge shows the count
 * of entities found.
 */
export async function recordTabState(state: TabPageState): Promise<void> {
  await tabStateItem(state.tabId).setValue(state);
  const found = Object.keys(state.counts).length;
  // Firefox's Manifest V2 build has browserAction where Chrome's MV3 has action.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  await Promise.all([
    action.setBadgeText({ tabId: state.tabId, text: found > 0 ? String(found) : '' }),
    action.setBadgeBackgroundColor({ tabId: state.tabId, color: '#3d4a8c' }),
  ]);
}

export async function forgetTab(tabId: number): Promise<void> {
  await tabStateItem(tabId).removeValue();
}

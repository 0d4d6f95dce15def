import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { ReportedNames } from '../query/page-entities';
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

const sameNames = (a: ReportedNames, b: ReportedNames): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * After the dataset changed, each recorded report's names as the dataset now has them: a page whose
 * counts did not change reports nothing new, yet a name the reader corrected must show corrected.
 */
export async function renameTabStates(namesOf: (entityIds: readonly string[]) => ReportedNames): Promise<void> {
  const session = await storage.snapshot('session');
  const updates: Promise<void>[] = [];
  for (const [key, value] of Object.entries(session)) {
    const tabId = /^tab:(\d+)$/.exec(key)?.[1];
    if (tabId === undefined || typeof value !== 'object' || value === null) continue;
    const state = value as TabPageState;
    const names = namesOf(Object.keys(state.counts ?? {}));
    if (!sameNames(names, state.names ?? {})) updates.push(tabStateItem(Number(tabId)).setValue({ ...state, names }));
  }
  await Promise.all(updates);
}

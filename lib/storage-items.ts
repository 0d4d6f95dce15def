import { storage } from 'wxt/utils/storage';
import type { CompactIndex } from './match/alias-index';
import type { ReportedNames } from './query/page-entities';
import { DEFAULT_SETTINGS } from './default-settings';
import type { Settings } from './settings-schema';
import { ALIAS_INDEX_KEY, SETTINGS_KEY } from './storage-keys';

/**
 * The stored keys every part of the extension reads, content scripts included, declared once with
 * their fallback and version. Readers validate what they get (the background with zod; the content
 * script by shape, since zod stays out of every page). The reader's own layer is declared apart, in
 * user-layer-items.ts: WXT reads an item's value as soon as it is defined, so every module that
 * imports a definition pays for reading it, and no tab may pay for reading the reader's dataset.
 */

export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The compiled alias index of the merged dataset, written by the background, read by every tab. */
export interface StoredIndex {
  /** Changes with the dataset, so the background rewrites only a stale index. */
  stamp: string;
  index: CompactIndex;
}

export const aliasIndexItem = storage.defineItem<StoredIndex | null>(`local:${ALIAS_INDEX_KEY}`, {
  fallback: null,
  version: 1,
});

/** What each tab's content script found, for the side panel and popup (cleared with the session). */
export interface TabPageState {
  tabId: number;
  url: string;
  title: string;
  status: 'ready' | 'scanning' | 'unreadable' | 'paused';
  counts: Record<string, number>;
  /**
   * The name and kind of each entity counted, from the dataset the background had: the side panel
   * and popup list the page's names from these without reading the reader's whole dataset first.
   */
  names: ReportedNames;
  updatedAt: number;
}

export function tabStateItem(tabId: number) {
  return storage.defineItem<TabPageState | null>(`session:tab:${tabId}`, { fallback: null });
}

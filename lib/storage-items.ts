import { storage } from 'wxt/utils/storage';
import type { CompactIndex } from './match/alias-index';
import { DEFAULT_SETTINGS } from './default-settings';
import type { Settings } from './settings-schema';

/**
 * Every stored key, declared once with its fallback and version. Readers validate what they get
 * (the background with zod; the content script by shape, since zod stays out of every page).
 */

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The compiled alias index of the merged dataset, written by the background, read by every tab. */
export interface StoredIndex {
  /** Changes with the dataset, so the background rewrites only a stale index. */
  stamp: string;
  index: CompactIndex;
}

export const aliasIndexItem = storage.defineItem<StoredIndex | null>('local:aliasIndex', {
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
  updatedAt: number;
}

export function tabStateItem(tabId: number) {
  return storage.defineItem<TabPageState | null>(`session:tab:${tabId}`, { fallback: null });
}

/**
 * The reader's own layer (lib/user-layer.ts). Stored as read: the background validates it with zod
 * and keeps an unreadable one aside. Version 1 is the first stored shape; migrations go here.
 */
export const userLayerItem = storage.defineItem<unknown>('local:userLayer', {
  fallback: null,
  version: 1,
});

/** The layer as it was before the last undoable change. */
export const userLayerUndoItem = storage.defineItem<unknown>('local:userLayerUndo', { fallback: null });

/** What went wrong reading the reader's layer, in plain words, until they dismiss it. */
export const layerProblemItem = storage.defineItem<string | null>('local:userLayerProblem', { fallback: null });

/**
 * The `storage.local` keys content scripts read, without their area: declared as items in
 * storage-items.ts, read directly by the content script (content/local-value.ts), and relayed to
 * tabs when they change by the background (background/tell-tabs.ts).
 */
export const SETTINGS_KEY = 'settings';
export const ALIAS_INDEX_KEY = 'aliasIndex';
export const TAB_KEYS: readonly string[] = [SETTINGS_KEY, ALIAS_INDEX_KEY];

import { browser } from 'wxt/browser';

/** One key of `storage.local` as the content script reads it: its value now, and each later one. */
export interface LocalValue<T> {
  get(): Promise<T>;
  /** Calls `onChange` with every new value (the fallback when the key is removed); returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

/**
 * Reads and watches a key declared in storage-items.ts without @wxt-dev/storage, which is half the
 * weight of the content script's budget: a tab reads two keys and never writes or migrates them (the
 * background, which declares them, does). WXT's items keep their value under the key itself.
 */
export function localValue<T>(key: string, fallback: T): LocalValue<T> {
  return {
    async get() {
      const found = await browser.storage.local.get(key);
      return (found[key] as T | undefined) ?? fallback;
    },
    watch(onChange) {
      const listener = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
        if (area === 'local' && key in changes) onChange((changes[key]!.newValue as T | undefined) ?? fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}

import { browser } from 'wxt/browser';
import type { TabMessage } from '../protocol';

/** One key of `storage.local` as the content script reads it: its value now, and each later one. */
export interface LocalValue<T> {
  get(): Promise<T>;
  /** Calls `onChange` with every new value (the fallback when the key is removed); returns the unwatch. */
  watch(onChange: (value: T) => void): () => void;
}

function changedKey(message: unknown): string | null {
  if (typeof message !== 'object' || message === null) return null;
  const { type, key } = message as Partial<Extract<TabMessage, { type: 'storageChanged' }>>;
  return type === 'storageChanged' && typeof key === 'string' ? key : null;
}

/**
 * Reads and watches a key declared in storage-items.ts without @wxt-dev/storage, which is half the
 * weight of the content script's budget: a tab reads two keys and never writes or migrates them (the
 * background, which declares them, does). WXT's items keep their value under the key itself.
 *
 * A change is learnt from the background's `storageChanged` message, not from storage.onChanged:
 * any context listening to that event is sent every change of every key, old and new value, so
 * each tab would receive the reader's whole layer (megabytes) twice on every save.
 */
export function localValue<T>(key: string, fallback: T): LocalValue<T> {
  const get = async (): Promise<T> => {
    const found = await browser.storage.local.get(key);
    return (found[key] as T | undefined) ?? fallback;
  };
  return {
    get,
    watch(onChange) {
      let watching = true;
      const listener = (message: unknown, sender: { id?: string }): undefined => {
        if (sender.id !== browser.runtime.id || changedKey(message) !== key) return undefined;
        void get().then((value) => watching && onChange(value));
        return undefined;
      };
      browser.runtime.onMessage.addListener(listener);
      return () => {
        watching = false;
        browser.runtime.onMessage.removeListener(listener);
      };
    },
  };
}

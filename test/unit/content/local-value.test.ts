import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localValue } from '../../../lib/content/local-value';
import { ALIAS_INDEX_KEY, SETTINGS_KEY } from '../../../lib/storage-keys';
import { DEFAULT_SETTINGS } from '../../../lib/default-settings';
import { aliasIndexItem, settingsItem } from '../../../lib/storage-items';

describe('localValue (the content script reading storage without @wxt-dev/storage)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the very keys the background declares', async () => {
    expect(settingsItem.key).toBe(`local:${SETTINGS_KEY}`);
    expect(aliasIndexItem.key).toBe(`local:${ALIAS_INDEX_KEY}`);
    const settings = { ...DEFAULT_SETTINGS, paused: true };
    await settingsItem.setValue(settings);
    expect(await localValue(SETTINGS_KEY, DEFAULT_SETTINGS).get()).toEqual(settings);
  });

  /** What the background does after a key tabs read changed (tell-tabs.ts); `from` is the sender's extension id. */
  const told = async (key: string, from = fakeBrowser.runtime.id) => {
    await fakeBrowser.runtime.onMessage.trigger({ type: 'storageChanged', key }, { id: from }, () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
  };

  it('gives the fallback for a missing key, then every new value it is told of, until unwatched', async () => {
    const value = localValue<number | null>('count', null);
    expect(await value.get()).toBeNull();
    const seen: (number | null)[] = [];
    const unwatch = value.watch((next) => seen.push(next));
    await fakeBrowser.storage.local.set({ count: 1, other: 5 });
    await told('count');
    await fakeBrowser.storage.local.set({ other: 6 });
    await told('other');
    await fakeBrowser.storage.local.remove('count');
    await told('count');
    unwatch();
    await fakeBrowser.storage.local.set({ count: 3 });
    await told('count');
    expect(seen).toEqual([1, null]);
    expect(await value.get()).toBe(3);
  });

  it('does not listen to storage changes, which would bring every key to the tab, nor to other senders', async () => {
    const value = localValue<number | null>('count', null);
    const seen: (number | null)[] = [];
    value.watch((next) => seen.push(next));
    await fakeBrowser.storage.local.set({ count: 1, userLayer: 'megabytes' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
    expect(fakeBrowser.storage.local.onChanged.hasListeners()).toBe(false);
    await told('count', 'another-extension');
    expect(seen).toEqual([]);
    await told('count');
    expect(seen).toEqual([1]);
  });
});

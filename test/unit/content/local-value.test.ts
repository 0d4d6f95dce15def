import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { localValue } from '../../../lib/content/local-value';
import { ALIAS_INDEX_KEY, SETTINGS_KEY } from '../../../lib/content/page-session';
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

  it('gives the fallback for a missing key, then every new value, until unwatched', async () => {
    const value = localValue<number | null>('count', null);
    expect(await value.get()).toBeNull();
    const seen: (number | null)[] = [];
    const unwatch = value.watch((next) => seen.push(next));
    await fakeBrowser.storage.local.set({ count: 1, other: 5 });
    await fakeBrowser.storage.local.set({ other: 6 });
    await fakeBrowser.storage.session.set({ count: 9 });
    await fakeBrowser.storage.local.remove('count');
    unwatch();
    await fakeBrowser.storage.local.set({ count: 3 });
    expect(seen).toEqual([1, null]);
    expect(await value.get()).toBe(3);
  });
});

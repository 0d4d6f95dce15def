import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { relayTabKeyChanges } from '../../../lib/background/tell-tabs';
import { DEFAULT_SETTINGS } from '../../../lib/default-settings';
import { settingsItem } from '../../../lib/storage-items';
import { userLayerItem } from '../../../lib/user-layer-items';

let sent: { tabId: number; message: unknown }[];
let stop: () => void;
let newsTab: number;
let browserPage: number;

beforeEach(async () => {
  fakeBrowser.reset();
  sent = [];
  newsTab = (await fakeBrowser.tabs.create({ url: 'https://news.example/a' })).id!;
  browserPage = (await fakeBrowser.tabs.create({ url: 'chrome://extensions' })).id!;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: unknown) => {
    // A browser page has no content script: its tab refuses the message.
    if (tabId === browserPage) throw new Error('Could not establish connection. Receiving end does not exist.');
    sent.push({ tabId, message });
  }) as never);
  stop = relayTabKeyChanges();
});

const toNewsTab = () => sent.filter((s) => s.tabId === newsTab).map((s) => s.message);

afterEach(() => {
  stop();
  vi.restoreAllMocks();
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('telling tabs of the storage keys they read', () => {
  it('tells every tab that can hear it when the settings or the alias index change, whoever wrote them', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, paused: true });
    await settle();
    expect(toNewsTab()).toEqual([{ type: 'storageChanged', key: 'settings' }]);
    await fakeBrowser.storage.local.set({ aliasIndex: { stamp: 'x' } });
    await settle();
    expect(toNewsTab()).toEqual([
      { type: 'storageChanged', key: 'settings' },
      { type: 'storageChanged', key: 'aliasIndex' },
    ]);
  });

  it("says nothing of the reader's layer or other keys, which tabs do not read", async () => {
    await userLayerItem.setValue('{"version":1}');
    await fakeBrowser.storage.local.set({ userLayerUndo: 'x', userLayerProblem: 'y' });
    await fakeBrowser.storage.session.set({ settings: 'not the local key' });
    await settle();
    expect(sent).toEqual([]);
  });

  it('stops when asked', async () => {
    stop();
    await settingsItem.setValue(DEFAULT_SETTINGS);
    await settle();
    expect(sent).toEqual([]);
  });
});

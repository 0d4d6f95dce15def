import { browser } from 'wxt/browser';
import seedDataset, { seedIndex } from 'virtual:backstory/seed-dataset';
import { createHandlers, mergedDataset } from '@/lib/background/create-handlers';
import { createDatasetService, type DatasetService } from '@/lib/background/dataset-service';
import { layerStorage } from '@/lib/background/layer-storage';
import { routeMessage } from '@/lib/background/message-router';
import { forgetTab, renameTabStates } from '@/lib/background/tab-states';
import { relayTabKeyChanges } from '@/lib/background/tell-tabs';
import { createUserLayerStore } from '@/lib/background/user-layer-store';
import { openSidePanel } from '@/lib/open-side-panel';
import type { TabMessage } from '@/lib/protocol';
import { aliasIndexItem } from '@/lib/storage-items';
import { layerProblemItem } from '@/lib/user-layer-items';

export default defineBackground(() => {
  const store = createUserLayerStore(layerStorage);
  let service: DatasetService = createDatasetService(seedDataset, seedIndex);

  /** The dataset as the reader has it, its index published for every tab (which re-highlights). */
  async function refresh(): Promise<void> {
    const { dataset, problem } = await mergedDataset(seedDataset, store);
    // Said once, where the reader looks: the side panel shows it until dismissed.
    if (problem) await layerProblemItem.setValue(problem);
    service = createDatasetService(dataset, seedIndex);
    const stored = await aliasIndexItem.getValue();
    if (stored?.stamp !== service.stamp) await aliasIndexItem.setValue({ stamp: service.stamp, index: service.index });
    await renameTabStates(service.names);
  }
  const ready = refresh();

  const handlers = createHandlers({ bundled: seedDataset, store, service: () => service, refresh });
  browser.runtime.onMessage.addListener((message, sender) =>
    ready.then(() => routeMessage(handlers, message, sender, browser.runtime.id)),
  );
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  // Registered at start, so a change made while the worker sleeps (a setting in the popup) wakes it.
  relayTabKeyChanges();

  // "Add this page" opens the review in the side panel; these handlers run on the reader's
  // gesture, which the browser requires to open it.
  const addPage = (tabId: number | undefined) => void openSidePanel(tabId, { add: '1' }).catch(() => {});
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'add-page', title: 'Add this page to Backstory', contexts: ['page'], documentUrlPatterns: ['http://*/*', 'https://*/*'] });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'add-page') addPage(tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'add-page') addPage(tabId);
    if (command === 'next-mention' || command === 'previous-mention') {
      const message: TabMessage = { type: 'stepMention', direction: command === 'next-mention' ? 1 : -1 };
      // A tab without the content script (a browser page) has nothing to step through.
      browser.tabs.sendMessage(tabId, message).catch(() => {});
    }
  });
});

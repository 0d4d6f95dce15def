import { browser } from 'wxt/browser';
import seedDataset, { seedIndex } from 'virtual:backstory/seed-dataset';
import { createDatasetService } from '@/lib/background/dataset-service';
import { routeMessage, type MessageHandlers } from '@/lib/background/message-router';
import { forgetTab, recordTabState } from '@/lib/background/tab-states';
import { openSidePanel } from '@/lib/open-side-panel';
import { aliasIndexItem } from '@/lib/storage-items';
import type { TabMessage } from '@/lib/protocol';

export default defineBackground(() => {
  const service = createDatasetService(seedDataset, seedIndex);

  async function publishIndex(): Promise<void> {
    const stored = await aliasIndexItem.getValue();
    if (stored?.stamp !== service.stamp) await aliasIndexItem.setValue({ stamp: service.stamp, index: service.index });
  }

  const handlers: MessageHandlers = {
    async pageScanned(page, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('pageScanned comes from a tab');
      await recordTabState({ tabId, url: page.url, title: page.title, status: page.status, counts: page.counts, updatedAt: Date.now() });
      return service.cards(Object.keys(page.counts));
    },
    getCard({ entityId }) {
      return service.cards([entityId])[entityId] ?? null;
    },
    async openSidePanel({ tabId, entityId }, sender) {
      await openSidePanel(tabId ?? sender.tab?.id, entityId ? { entity: entityId } : {});
    },
    async jumpTo({ tabId, entityId }) {
      const message: TabMessage = { type: 'jumpTo', entityId };
      return browser.tabs.sendMessage(tabId, message);
    },
  };

  browser.runtime.onMessage.addListener((message, sender) => routeMessage(handlers, message, sender, browser.runtime.id));
  browser.runtime.onInstalled.addListener(() => void publishIndex());
  browser.runtime.onStartup.addListener(() => void publishIndex());
  void publishIndex();
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
  browser.commands.onCommand.addListener((command, tab) => {
    const tabId = tab?.id;
    if (tabId === undefined) return;
    if (command === 'next-mention' || command === 'previous-mention') {
      const message: TabMessage = { type: 'stepMention', direction: command === 'next-mention' ? 1 : -1 };
      // A tab without the content script (a browser page) has nothing to step through.
      browser.tabs.sendMessage(tabId, message).catch(() => {});
    }
  });
});

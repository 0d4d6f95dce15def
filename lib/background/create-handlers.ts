import { browser } from 'wxt/browser';
import { applyReviewedArticle } from '../apply-reviewed-article';
import type { Dataset } from '../dataset-schema';
import { mergeDataset } from '../merge-dataset';
import type { TabMessage } from '../protocol';
import type { SaveSummary } from '../reviewed-article';
import { planImport, type ImportPlan } from '../transfer/plan-import';
import { previewArticleRemoval, removeArticle } from '../remove-article';
import { openSidePanel } from '../open-side-panel';
import type { DatasetService } from './dataset-service';
import type { MessageHandlers } from './message-router';
import { recordTabState } from './tab-states';
import type { UserLayerStore } from './user-layer-store';

export interface BackgroundState {
  bundled: Dataset;
  store: UserLayerStore;
  service(): DatasetService;
  /** Rebuilds the dataset service and the published index after the layer changed. */
  refresh(): Promise<void>;
}

/** The background's answer to every declared message; the router has validated each payload. */
export function createHandlers(state: BackgroundState): MessageHandlers {
  const change = async <T>(apply: () => Promise<T>): Promise<T> => {
    const result = await apply();
    await state.refresh();
    return result;
  };
  return {
    async pageScanned(page, sender) {
      const tabId = sender.tab?.id;
      if (tabId === undefined) throw new Error('pageScanned comes from a tab');
      const ids = Object.keys(page.counts);
      const service = state.service();
      await recordTabState({ tabId, url: page.url, title: page.title, status: page.status, counts: page.counts, names: service.names(ids), updatedAt: Date.now() });
      return service.cards(ids);
    },
    getCard({ entityId }) {
      return state.service().cards([entityId])[entityId] ?? null;
    },
    async openSidePanel({ tabId, entityId }, sender) {
      const target = tabId ?? sender.tab?.id;
      const extra: Record<string, string> = entityId ? { entity: entityId } : {};
      try {
        await openSidePanel(target, extra);
      } catch {
        // A click relayed from the page may no longer count as the reader's gesture, which the
        // browser wants for its panel: the same panel, pinned to the tab, opens beside it instead.
        if (target === undefined) throw new Error('No tab to open the side panel for.');
        const query = new URLSearchParams({ tab: String(target), ...extra });
        await browser.tabs.create({ url: browser.runtime.getURL(`/sidepanel.html?${query}` as '/sidepanel.html'), index: (sender.tab?.index ?? 0) + 1 });
      }
    },
    async jumpTo({ tabId, entityId }) {
      const message: TabMessage = { type: 'jumpTo', entityId };
      return browser.tabs.sendMessage(tabId, message);
    },
    saveArticle(reviewed) {
      return change(async () => {
        let summary: SaveSummary | null = null;
        await state.store.update((layer) => {
          const applied = applyReviewedArticle(layer, state.bundled, reviewed, new Date());
          summary = applied.summary;
          return applied.layer;
        });
        return summary;
      });
    },
    async previewRemoval({ articleId }) {
      const { layer } = await state.store.load();
      return previewArticleRemoval(layer, state.bundled, articleId);
    },
    removeArticle({ articleId }) {
      return change(() => state.store.update((layer) => removeArticle(layer, state.bundled, articleId)).then(() => true));
    },
    undoLastChange() {
      return change(() => state.store.undo().then((layer) => layer !== null));
    },
    importDataset({ fileText, resolution }) {
      // Checked whole against the layer as it is at apply time, then written in one update.
      return change(async () => {
        let counts: ImportPlan['counts'] | null = null;
        await state.store.update((layer) => {
          const plan = planImport(fileText, layer, state.bundled);
          counts = plan.counts;
          return plan.apply(resolution);
        });
        return counts;
      });
    },
  };
}

export function mergedDataset(bundled: Dataset, store: UserLayerStore): Promise<{ dataset: Dataset; problem: string | null }> {
  return store.load().then(({ layer, problem }) => ({ dataset: mergeDataset(bundled, layer), problem: problem?.message ?? null }));
}

import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '../../../lib/background/create-handlers';
import { createDatasetService, type DatasetService } from '../../../lib/background/dataset-service';
import { renameTabStates } from '../../../lib/background/tab-states';
import { createUserLayerStore } from '../../../lib/background/user-layer-store';
import type { Dataset } from '../../../lib/dataset-schema';
import { tabStateItem } from '../../../lib/storage-items';
import { fixtureDataset } from '../query/fixture-dataset';

const TAB = 12;
const fromTab = { id: 'extension-id', tab: { id: TAB, index: 0 } } as Parameters<ReturnType<typeof createHandlers>['pageScanned']>[1];

function handlersFor(dataset: Dataset) {
  let service: DatasetService = createDatasetService(dataset);
  const store = createUserLayerStore({ read: async () => null, write: async () => {}, keepAside: async () => '', readUndo: async () => null, writeUndo: async () => {} });
  const handlers = createHandlers({ bundled: dataset, store, service: () => service, refresh: async () => {} });
  return { handlers, setDataset: (next: Dataset) => (service = createDatasetService(next)) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("a tab's report", () => {
  it('is recorded with the name and kind of each entity the dataset knows, for the panel and popup to list at once', async () => {
    const { handlers } = handlersFor(fixtureDataset);
    const cards = (await handlers.pageScanned({ status: 'ready', url: 'https://news.example/a', title: 'A', counts: { 'org:cnrs': 2, 'org:unknown': 1 } }, fromTab)) as Record<string, { name: string }>;
    const state = await tabStateItem(TAB).getValue();
    expect(state?.counts).toEqual({ 'org:cnrs': 2, 'org:unknown': 1 });
    expect(state?.names).toEqual({ 'org:cnrs': { name: 'French National Centre for Scientific Research', kind: 'org' } });
    expect(Object.keys(cards)).toEqual(['org:cnrs']);
  });

  it('is renamed when the dataset renames an entity, though the page reports nothing new', async () => {
    const { handlers, setDataset } = handlersFor(fixtureDataset);
    await handlers.pageScanned({ status: 'ready', url: 'https://news.example/a', title: 'A', counts: { 'org:cnrs': 2 } }, fromTab);
    const before = await tabStateItem(TAB).getValue();
    const renamed = { ...fixtureDataset, entities: fixtureDataset.entities.map((e) => (e.id === 'org:cnrs' ? { ...e, name: 'CNRS (France)' } : e)) };
    const service = setDataset(renamed);
    await renameTabStates(service.names);
    expect(await tabStateItem(TAB).getValue()).toEqual({ ...before, names: { 'org:cnrs': { name: 'CNRS (France)', kind: 'org' } } });
  });

  it('an entity the dataset no longer has leaves the names, and other session keys are left alone', async () => {
    const { handlers } = handlersFor(fixtureDataset);
    await handlers.pageScanned({ status: 'ready', url: 'https://news.example/a', title: 'A', counts: { 'org:cnrs': 2 } }, fromTab);
    await fakeBrowser.storage.session.set({ other: { counts: { 'org:cnrs': 1 } } });
    const without = createDatasetService({ ...fixtureDataset, entities: fixtureDataset.entities.filter((e) => e.id !== 'org:cnrs') });
    await renameTabStates(without.names);
    expect((await tabStateItem(TAB).getValue())?.names).toEqual({});
    expect((await fakeBrowser.storage.session.get('other')).other).toEqual({ counts: { 'org:cnrs': 1 } });
  });
});

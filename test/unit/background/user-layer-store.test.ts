import { describe, expect, it } from 'vitest';
import { createUserLayerStore, type LayerStorage } from '../../../lib/background/user-layer-store';
import { EMPTY_USER_LAYER, type UserLayer } from '../../../lib/user-layer';
import type { Article } from '../../../lib/dataset-schema';

function memoryStorage(initial: unknown = null) {
  const state = { layer: initial, undo: null as unknown, aside: new Map<string, unknown>(), failNextWrite: false };
  const storage: LayerStorage = {
    read: async () => structuredClone(state.layer),
    write: async (layer) => {
      if (state.failNextWrite) {
        state.failNextWrite = false;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      // Storage serialises: yield so concurrent callers could interleave if the store let them.
      await new Promise((resolve) => setTimeout(resolve, 1));
      state.layer = structuredClone(layer);
    },
    keepAside: async (raw, reason) => {
      const key = `userLayer:corrupt:${state.aside.size + 1}`;
      state.aside.set(key, { raw, reason });
      return key;
    },
    readUndo: async () => structuredClone(state.undo),
    writeUndo: async (layer) => {
      state.undo = structuredClone(layer);
    },
  };
  return { storage, state };
}

function article(id: string, title: string): Article {
  return { id, title, addedAt: '2026-11-21T10:00:00.000Z', origin: 'user', missing: [], mentions: {}, text: title };
}

const addArticle = (a: Article) => (layer: UserLayer): UserLayer => ({ ...layer, articles: [...layer.articles, a] });

describe('user layer store', () => {
  it('starts empty', async () => {
    const { storage } = memoryStorage();
    expect(await createUserLayerStore(storage).load()).toEqual({ layer: EMPTY_USER_LAYER, problem: null });
  });

  it('saves from two tabs at once lose neither', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    await Promise.all([store.update(addArticle(article('article:aaaa', 'A'))), store.update(addArticle(article('article:bbbb', 'B')))]);
    expect((state.layer as UserLayer).articles.map((a) => a.id).sort()).toEqual(['article:aaaa', 'article:bbbb']);
  });

  it('an invalid change is refused and the stored layer is untouched', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    const before = structuredClone(state.layer);
    await expect(store.update(addArticle({ ...article('article:bbbb', 'B'), title: '' }))).rejects.toThrow(/must not be empty/);
    expect(state.layer).toEqual(before);
  });

  it('a failed write (quota) leaves the previous layer whole', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    state.failNextWrite = true;
    await expect(store.update(addArticle(article('article:bbbb', 'B')))).rejects.toThrow(/quota/);
    expect((state.layer as UserLayer).articles.map((a) => a.id)).toEqual(['article:aaaa']);
    // The store keeps working after the failure.
    await store.update(addArticle(article('article:cccc', 'C')));
    expect((state.layer as UserLayer).articles).toHaveLength(2);
  });

  it('a corrupt store is kept aside, reported, and the layer starts empty', async () => {
    const corrupt = { version: 1, entities: 'oops', agreements: [], articles: [], hidden: [] };
    const { storage, state } = memoryStorage(corrupt);
    const { layer, problem } = await createUserLayerStore(storage).load();
    expect(layer).toEqual(EMPTY_USER_LAYER);
    expect(problem?.message).toMatch(/could not be read \(entities: .*\)\. They were kept aside as "userLayer:corrupt:1"/);
    expect(state.aside.get('userLayer:corrupt:1')).toEqual({ raw: corrupt, reason: expect.stringMatching(/^entities/) });
  });

  it('undo restores the layer before the last change', async () => {
    const { storage } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    await store.update((layer) => ({ ...layer, articles: [] }));
    const restored = await store.undo();
    expect(restored?.articles.map((a) => a.id)).toEqual(['article:aaaa']);
    expect(await store.undo()).toBeNull();
  });
});

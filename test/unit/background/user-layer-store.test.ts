import { describe, expect, it, vi } from 'vitest';
import { createUserLayerStore, type LayerStorage } from '../../../lib/background/user-layer-store';
import { EMPTY_USER_LAYER, UserLayer } from '../../../lib/user-layer';
import type { Article } from '../../../lib/dataset-schema';

/** Storage in memory, holding what the store writes: the layer's JSON text. */
function memoryStorage(initial: unknown = null) {
  const state = { layer: initial, undo: null as unknown, aside: new Map<string, unknown>(), failNextWrite: false };
  const storage: LayerStorage = {
    read: async () => structuredClone(state.layer),
    write: async (text) => {
      if (state.failNextWrite) {
        state.failNextWrite = false;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      // Storage serialises: yield so concurrent callers could interleave if the store let them.
      await new Promise((resolve) => setTimeout(resolve, 1));
      state.layer = text;
    },
    keepAside: async (stored, reason) => {
      const key = `userLayer:corrupt:${state.aside.size + 1}`;
      state.aside.set(key, { raw: stored, reason });
      return key;
    },
    readUndo: async () => structuredClone(state.undo),
    writeUndo: async (text) => {
      state.undo = text;
    },
  };
  return { storage, state };
}

/** The layer the stored text holds. */
const storedLayer = (text: unknown): UserLayer => JSON.parse(text as string) as UserLayer;

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
    expect(storedLayer(state.layer).articles.map((a) => a.id).sort()).toEqual(['article:aaaa', 'article:bbbb']);
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
    expect(storedLayer(state.layer).articles.map((a) => a.id)).toEqual(['article:aaaa']);
    // The store keeps working after the failure.
    await store.update(addArticle(article('article:cccc', 'C')));
    expect(storedLayer(state.layer).articles).toHaveLength(2);
  });

  it('stores the layer as one JSON text, and reads back what it stored', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    const saved = await store.update(addArticle(article('article:aaaa', 'A')));
    expect(typeof state.layer).toBe('string');
    expect(storedLayer(state.layer)).toEqual(saved);
    expect((await store.load()).layer).toEqual(saved);
  });

  it('a corrupt store is kept aside, reported, and the layer starts empty', async () => {
    const corrupt = JSON.stringify({ version: 1, entities: 'oops', agreements: [], articles: [], hidden: [] });
    const { storage, state } = memoryStorage(corrupt);
    const { layer, problem } = await createUserLayerStore(storage).load();
    expect(layer).toEqual(EMPTY_USER_LAYER);
    expect(problem?.message).toMatch(/could not be read \(entities: .*\)\. They were kept aside as "userLayer:corrupt:1"/);
    expect(state.aside.get('userLayer:corrupt:1')).toEqual({ raw: corrupt, reason: expect.stringMatching(/^entities/) });
    expect(storedLayer(state.layer)).toEqual(EMPTY_USER_LAYER);
  });

  it.each([
    ['text cut short by a failed write', '{"version":1,"entities":[{"id":"org:a'],
    ['a value that is not text', { version: 1, entities: [], agreements: [], articles: [], hidden: [] }],
  ])('%s is kept aside exactly as stored and reported, never read as a layer', async (_, stored) => {
    const { storage, state } = memoryStorage(stored);
    const { layer, problem } = await createUserLayerStore(storage).load();
    expect(layer).toEqual(EMPTY_USER_LAYER);
    expect(problem?.message).toMatch(/^Your saved additions could not be read \(\(root\): .+\)\. They were kept aside as "userLayer:corrupt:1"/);
    expect(state.aside.get('userLayer:corrupt:1')).toEqual({ raw: stored, reason: expect.stringMatching(/^\(root\): /) });
  });

  it('undo restores the layer before the last change', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    await store.update((layer) => ({ ...layer, articles: [] }));
    const restored = await store.undo();
    expect(restored?.articles.map((a) => a.id)).toEqual(['article:aaaa']);
    expect(storedLayer(state.layer)).toEqual(restored);
    expect(await store.undo()).toBeNull();
  });

  it('a change may alter the layer it is given without altering what undo restores', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    const before = state.layer;
    await store.update((layer) => {
      layer.articles[0]!.title = 'Changed in place';
      return layer;
    });
    expect(state.undo).toBe(before);
    expect((await store.undo())?.articles[0]!.title).toBe('A');
  });

  it('a change to an empty store does not alter the empty layer other reads start from', async () => {
    const { storage } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update((layer) => {
      layer.articles.push(article('article:aaaa', 'A'));
      return layer;
    });
    expect(EMPTY_USER_LAYER.articles).toEqual([]);
  });

  it('reads back what it wrote without validating it again, and validates anything else stored', async () => {
    const { storage, state } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    const validations = vi.spyOn(UserLayer, 'safeParse');
    try {
      // The refresh after a change and the next change read the text the store wrote.
      expect((await store.load()).layer.articles.map((a) => a.id)).toEqual(['article:aaaa']);
      await store.update(addArticle(article('article:bbbb', 'B')));
      expect(validations).not.toHaveBeenCalled();
      // Something else wrote the key (another version, a bad restore): it is validated, kept aside, reported.
      state.layer = JSON.stringify({ version: 1, entities: 'not a list' });
      const { layer, problem } = await store.load();
      expect(validations).toHaveBeenCalled();
      expect(layer).toEqual(EMPTY_USER_LAYER);
      expect(problem?.keptAs).toBe('userLayer:corrupt:1');
    } finally {
      validations.mockRestore();
    }
  });

  it('a valid layer read once, as the store would write it, is not validated again', async () => {
    const { storage } = memoryStorage(JSON.stringify(UserLayer.parse({ ...EMPTY_USER_LAYER, articles: [article('article:aaaa', 'A')] })));
    const store = createUserLayerStore(storage);
    await store.load();
    const validations = vi.spyOn(UserLayer, 'safeParse');
    try {
      await store.update(addArticle(article('article:bbbb', 'B')));
      expect(validations).not.toHaveBeenCalled();
    } finally {
      validations.mockRestore();
    }
  });

  it('a layer read back without validation is still a fresh copy for each change', async () => {
    const { storage } = memoryStorage();
    const store = createUserLayerStore(storage);
    await store.update(addArticle(article('article:aaaa', 'A')));
    await expect(
      store.update((layer) => {
        layer.articles[0]!.title = '';
        return layer;
      }),
    ).rejects.toThrow(/must not be empty/);
    expect((await store.load()).layer.articles[0]!.title).toBe('A');
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storage } from 'wxt/utils/storage';
import { mergedDataset } from '../../../lib/background/create-handlers';
import { layerStorage } from '../../../lib/background/layer-storage';
import { createUserLayerStore } from '../../../lib/background/user-layer-store';
import { mergeDataset } from '../../../lib/merge-dataset';
import { buildSeedDataset } from '../../../lib/seed/build-seed-dataset';
import { Settings } from '../../../lib/settings-schema';
import { settingsItem } from '../../../lib/storage-items';
import { readStoredUserLayer } from '../../../lib/stored-user-layer';
import { userLayerItem, userLayerUndoItem } from '../../../lib/user-layer-items';
import { EMPTY_USER_LAYER, UserLayer } from '../../../lib/user-layer';
import { readSeeds } from '../seed/read-seeds';

/**
 * Every stored key the reader's data lives in, with a fixture of each version it was ever stored
 * in (`fixtures/<name>.v<N>.json`). The alias index is not here: it is a cache the background
 * rewrites whenever its stamp differs from the dataset's, so an old one is replaced, not migrated.
 */
/** Reads a user layer as stored by the current version (its JSON text), or throws why not. */
function readLayer(stored: unknown): UserLayer {
  const read = readStoredUserLayer(stored);
  if (!read.ok) throw new Error(read.reason);
  return read.layer;
}

const STORED = [
  { name: 'settings', key: 'settings', item: settingsItem, read: (value: unknown) => Settings.parse(value) },
  { name: 'user-layer', key: 'userLayer', item: userLayerItem, read: readLayer },
  // The undo copy is a user layer too, stored and migrated as the layer is.
  { name: 'user-layer', key: 'userLayerUndo', item: userLayerUndoItem, read: readLayer },
] as const;

const FIXTURES = join(import.meta.dirname, 'fixtures');

function fixturesOf(name: string): { version: number; value: unknown }[] {
  return readdirSync(FIXTURES)
    .flatMap((file) => {
      const match = new RegExp(`^${name}\\.v(\\d+)\\.json$`).exec(file);
      return match ? [{ version: Number(match[1]), value: JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as unknown }] : [];
    })
    .sort((a, b) => a.version - b.version);
}

/**
 * Stores `value` as Backstory version N stored it. Version 1 predates any migration, so WXT wrote
 * no version metadata (`key$`) beside it and reads its absence as version 1.
 */
async function storeAs(key: string, version: number, value: unknown): Promise<void> {
  await fakeBrowser.storage.local.set(version === 1 ? { [key]: value } : { [key]: value, [`${key}$`]: { v: version } });
}

/** The version an item migrates to: WXT records it beside a value it migrated, and writes nothing at version 1. */
async function targetVersion(item: (typeof STORED)[number]['item']): Promise<number> {
  const meta = (await item.getMeta()) as { v?: number };
  return meta.v ?? 1;
}

const bundled = buildSeedDataset(readSeeds()).dataset;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('stored keys and their migrations', () => {
  it.each(STORED)('$key: every stored version migrates to one that reads and validates', async ({ name, key, item, read }) => {
    const fixtures = fixturesOf(name);
    expect(fixtures.length, `no fixture of ${name} in ${FIXTURES}`).toBeGreaterThan(0);
    let target = 0;
    for (const fixture of fixtures) {
      fakeBrowser.reset();
      await storeAs(key, fixture.version, fixture.value);
      await item.migrate();
      const value = await item.getValue();
      expect(() => read(value), `${key} v${fixture.version} after migration`).not.toThrow();
      target = await targetVersion(item);
      // What the current version stored is read as it is.
      if (fixture.version === target) expect(value).toEqual(fixture.value);
    }
    // A new version needs a fixture of what it stores, so the next migration is tested from it.
    expect(fixtures.map((f) => f.version)).toEqual(Array.from({ length: target }, (_, i) => i + 1));
  });

  it('the user layer fixture is a real one: the bundled dataset merged with it keeps every reference', () => {
    const [latest] = fixturesOf('user-layer').slice(-1);
    const layer = readLayer(latest!.value);
    const dataset = mergeDataset(bundled, layer);
    const added = layer.articles[0]!;
    expect(dataset.articles.map((a) => a.id)).toContain(added.id);
    expect(dataset.articles.map((a) => a.id)).not.toContain(layer.hidden[0]);
    expect(dataset.agreements.find((a) => a.id === layer.agreements[0]!.id)?.parties).toEqual(layer.agreements[0]!.parties);
    expect(dataset.entities.find((e) => e.id === 'org:cnrs')?.sources).toContain(added.id);
  });

  it('a layer stored as an object by version 1 is stored as its text afterwards, and the reader keeps every addition', async () => {
    const [v1] = fixturesOf('user-layer');
    await storeAs('userLayer', 1, v1!.value);
    await userLayerItem.migrate();
    const stored = (await fakeBrowser.storage.local.get('userLayer')).userLayer;
    expect(typeof stored).toBe('string');
    expect(JSON.parse(stored as string)).toEqual(v1!.value);

    const { dataset, problem } = await mergedDataset(bundled, createUserLayerStore(layerStorage));
    expect(problem).toBeNull();
    expect(dataset).toEqual(mergeDataset(bundled, UserLayer.parse(v1!.value)));
  });

  it('undo after the migration restores the layer stored before it', async () => {
    const [v1] = fixturesOf('user-layer');
    await storeAs('userLayer', 1, v1!.value);
    await storeAs('userLayerUndo', 1, EMPTY_USER_LAYER);
    await Promise.all([userLayerItem.migrate(), userLayerUndoItem.migrate()]);
    const store = createUserLayerStore(layerStorage);
    await store.update((layer) => ({ ...layer, articles: [] }));
    expect((await store.undo())?.articles).toEqual(UserLayer.parse(v1!.value).articles);
    expect(readLayer(await userLayerItem.getValue())).toEqual(UserLayer.parse(v1!.value));
  });
});

describe('a corrupt user layer in storage', () => {
  /** The fixture with one entity damaged, as a bug or a partial write might leave it: everything else in it is sound. */
  function damagedLayer(): Record<string, unknown> {
    const layer = readLayer(fixturesOf('user-layer').slice(-1)[0]!.value) as unknown as { entities: Record<string, unknown>[] };
    layer.entities[0] = { ...layer.entities[0], kind: 'company' };
    return layer;
  }

  it('is kept aside whole and reported; the bundled dataset keeps working; new work saves', async () => {
    const corrupt = damagedLayer();
    // Stored by version 1, as an object: migrated to text as it is, damage and all, then read.
    await storeAs('userLayer', 1, corrupt);
    await userLayerItem.migrate();
    const store = createUserLayerStore(layerStorage);

    const { dataset, problem } = await mergedDataset(bundled, store);
    expect(problem).toMatch(/^Your saved additions could not be read \(entities\.0\.kind: .+\)\. They were kept aside as "userLayer:unreadable:[^"]+" and the bundled dataset is in use/);
    expect(dataset).toEqual(mergeDataset(bundled, EMPTY_USER_LAYER));
    expect(dataset.entities.some((e) => e.id === 'org:cnrs')).toBe(true);

    // Nothing is lost: the copy kept aside is exactly what was stored (the migration's text of it), with the reason.
    const keptAs = /kept aside as "([^"]+)"/.exec(problem!)![1]!;
    // Reported once, for the background to store for the reader: later loads are clean.
    expect((await store.load()).problem).toBeNull();
    expect(await storage.getItem(`local:${keptAs}`)).toEqual({ reason: expect.stringMatching(/^entities\.0\.kind: /), raw: JSON.stringify(corrupt) });

    // The key now holds a readable empty layer, and the reader's next save lands beside the kept copy.
    expect(readLayer(await userLayerItem.getValue())).toEqual(EMPTY_USER_LAYER);
    const sound = readLayer(fixturesOf('user-layer').slice(-1)[0]!.value);
    await store.update((layer) => ({ ...layer, articles: [sound.articles[0]!] }));
    expect(readLayer(await userLayerItem.getValue()).articles.map((a) => a.id)).toEqual([sound.articles[0]!.id]);
    expect(await storage.getItem(`local:${keptAs}`)).toEqual({ reason: expect.any(String), raw: JSON.stringify(corrupt) });
  });

  it('text damaged in storage is kept aside exactly as stored and reported', async () => {
    const text = fixturesOf('user-layer').slice(-1)[0]!.value as string;
    const damaged = text.slice(0, text.length >> 1);
    await storeAs('userLayer', 2, damaged);
    await userLayerItem.migrate();
    const { dataset, problem } = await mergedDataset(bundled, createUserLayerStore(layerStorage));
    expect(problem).toMatch(/^Your saved additions could not be read \(\(root\): not JSON .+\)\. They were kept aside as "userLayer:unreadable:[^"]+"/);
    expect(dataset).toEqual(mergeDataset(bundled, EMPTY_USER_LAYER));
    const keptAs = /kept aside as "([^"]+)"/.exec(problem!)![1]!;
    expect(await storage.getItem(`local:${keptAs}`)).toEqual({ reason: expect.stringMatching(/^\(root\): not JSON/), raw: damaged });
  });

  it('a layer of a version this Backstory does not know is kept aside too, not read as if it were this one', async () => {
    const future = JSON.stringify({ ...readLayer(fixturesOf('user-layer').slice(-1)[0]!.value), version: 99 });
    await storeAs('userLayer', 2, future);
    await userLayerItem.migrate();
    const { layer, problem } = await createUserLayerStore(layerStorage).load();
    expect(layer).toEqual(EMPTY_USER_LAYER);
    expect(await storage.getItem(`local:${problem!.keptAs}`)).toEqual({ reason: expect.stringMatching(/^version: /), raw: future });
  });
});

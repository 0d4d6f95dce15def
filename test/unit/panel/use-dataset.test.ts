// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useDataset } from '../../../lib/panel/use-dataset';
import { storedUserLayer } from '../../../lib/stored-user-layer';
import { EMPTY_USER_LAYER, type UserLayer } from '../../../lib/user-layer';
import { fixtureDataset } from '../query/fixture-dataset';

/** The reader removed CNRS from their dataset: a layer whose effect is easy to see. */
const WITHOUT_CNRS: UserLayer = { ...EMPTY_USER_LAYER, hidden: ['org:cnrs'] };
const hasCnrs = (result: { current: ReturnType<typeof useDataset> }) => result.current.dataset.entities.some((e) => e.id === 'org:cnrs');

/** Frames are the test's to give: the hook must not read the layer before the page's first one. */
let frames: FrameRequestCallback[];

beforeEach(() => {
  fakeBrowser.reset();
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const paint = () => act(() => frames.splice(0).forEach((frame) => frame(performance.now())));

describe('useDataset', () => {
  it("starts with the bundled dataset, reads the reader's layer only after the first frame, then merges it", async () => {
    await fakeBrowser.storage.local.set({ userLayer: storedUserLayer(WITHOUT_CNRS), userLayer$: { v: 2 } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const { result } = renderHook(() => useDataset(fixtureDataset));
    expect(result.current.loading).toBe(true);
    expect(hasCnrs(result)).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const layerReads = () => get.mock.calls.filter(([keys]) => [keys].flat().includes('userLayer')).length;
    expect(layerReads()).toBe(0);

    await paint();
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(layerReads()).toBe(1);
    expect(hasCnrs(result)).toBe(false);
    expect(result.current.problem).toBeNull();
  });

  it('follows changes of the layer', async () => {
    const { result } = renderHook(() => useDataset(fixtureDataset));
    await paint();
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(hasCnrs(result)).toBe(true);
    await act(() => fakeBrowser.storage.local.set({ userLayer: storedUserLayer(WITHOUT_CNRS) }));
    await waitFor(() => expect(hasCnrs(result)).toBe(false));
  });

  it('an unreadable layer leaves the bundled dataset in use and says so', async () => {
    await fakeBrowser.storage.local.set({ userLayer: '{"version":1,"entit', userLayer$: { v: 2 } });
    const { result } = renderHook(() => useDataset(fixtureDataset));
    await paint();
    await waitFor(() => expect(result.current.loading).toBe(false));
    expect(result.current.dataset).toBe(fixtureDataset);
    expect(result.current.problem).toMatch(/^Your own additions could not be read/);
  });

  it('a page that paints no frame (hidden) still reads the layer', async () => {
    const { result } = renderHook(() => useDataset(fixtureDataset));
    await waitFor(() => expect(result.current.loading).toBe(false), { timeout: 2000 });
  });
});

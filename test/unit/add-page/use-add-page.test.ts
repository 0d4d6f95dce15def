// @vitest-environment happy-dom
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAddPage } from '../../../lib/panel/use-add-page';
import type { ProtocolResult } from '../../../lib/protocol';
import { ReviewedArticle, type RemovalSummary, type SaveSummary } from '../../../lib/reviewed-article';
import { MOU_DATASET, MOU_HTML, MOU_TEXT, MOU_URL } from './mou-fixture';

const TAB = 7;
const SUMMARY: SaveSummary = { articleId: 'article:0123456789abcdef', updated: false, newEntities: 3, mergedEntities: 1, agreements: 1 };

/** What the background answers each message with, as the message router would wrap it. */
let answers: Record<string, ProtocolResult<unknown>>;
const sent: { type: string; data: unknown }[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  answers = {
    saveArticle: { ok: true, value: SUMMARY },
    previewRemoval: { ok: true, value: { articleId: SUMMARY.articleId, title: 'Ocean MoU', entities: [], agreements: [] } satisfies RemovalSummary },
    removeArticle: { ok: true, value: true },
    undoLastChange: { ok: true, value: true },
  };
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { type: string; data: unknown }) => {
    sent.push(message);
    return answers[message.type];
  }) as never);
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function answerPage(answer: unknown) {
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async () => answer) as never);
}

describe('useAddPage', () => {
  it('asks the tab for its markup, reads the article here, and opens the review', async () => {
    const tabMessage = answerPage({ url: MOU_URL, html: MOU_HTML });
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    expect(result.current.phase).toBe('idle');
    await act(() => result.current.start());
    expect(tabMessage).toHaveBeenCalledWith(TAB, { type: 'getPageHtml' });
    expect(result.current.phase).toBe('reviewing');
    expect(result.current.review?.fields.title).toBe('Nordic and Azorean ocean researchers sign data-sharing MoU');
    expect(result.current.review?.entities.find((e) => e.known)?.mergeInto).toBe('org:nimr');
  });

  it('starts the review of a page saved before from the reader\'s choices then', async () => {
    answerPage({ url: MOU_URL, html: MOU_HTML });
    const saved = { id: 'article:0123456789abcdef', title: 'Ocean MoU, corrected', url: MOU_URL, addedAt: '2026-11-20T10:00:00.000Z', origin: 'user' as const, missing: [], mentions: {}, text: MOU_TEXT };
    const { result } = renderHook(() => useAddPage(TAB, { ...MOU_DATASET, articles: [...MOU_DATASET.articles, saved] }));
    await act(() => result.current.start());
    expect(result.current.review?.fields.title).toBe('Ocean MoU, corrected');
    expect(result.current.review?.earlier?.leftOut).toBeGreaterThan(0);
    expect(result.current.review?.entities.find((e) => e.name === 'Azores Centre for Ocean Data')?.included).toBe(false);
  });

  it('saves the review as a valid ReviewedArticle and reports the summary', async () => {
    answerPage({ url: MOU_URL, html: MOU_HTML });
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    await act(() => result.current.start());
    const azores = result.current.review!.entities.find((e) => e.name === 'Azores Centre for Ocean Data')!;
    act(() => result.current.dispatch({ type: 'edit', key: azores.key, patch: { description: 'Regional ocean data centre' } }));
    let summary: SaveSummary | null = null;
    await act(async () => {
      summary = await result.current.save();
    });
    expect(summary).toEqual(SUMMARY);
    expect(result.current).toMatchObject({ phase: 'saved', saved: SUMMARY, review: null, canUndo: true });
    const saved = ReviewedArticle.parse(sent.find((m) => m.type === 'saveArticle')?.data);
    expect(saved.entities).toContainEqual(expect.objectContaining({ action: 'new', entity: expect.objectContaining({ description: 'Regional ocean data centre' }) }));
  });

  it('keeps the review and says so when the save fails', async () => {
    answerPage({ url: MOU_URL, html: MOU_HTML });
    answers.saveArticle = { ok: false, error: 'Storage is full.' };
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    await act(() => result.current.start());
    await act(async () => void (await result.current.save()));
    expect(result.current.phase).toBe('reviewing');
    expect(result.current.review).not.toBeNull();
    expect(result.current.message).toBe('Nothing was saved: Storage is full. Your review is kept, so you can try again.');
  });

  it('says plainly that a page without an article has none', async () => {
    answerPage({ url: 'https://news.example.org/', html: '<html><body><h1>Harbour Science News</h1><p>Latest stories.</p></body></html>' });
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    await act(() => result.current.start());
    expect(result.current.phase).toBe('no-article');
    expect(result.current.message).toMatch(/^No article found on this page/);
  });

  it('reports a tab without Backstory’s content script as an error, not a crash', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Could not establish connection. Receiving end does not exist.'));
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    await act(() => result.current.start());
    expect(result.current.phase).toBe('error');
    expect(result.current.message).toMatch(/^Backstory cannot read this page: .* Nothing was added\.$/);
  });

  it('ignores an answer that arrives after the reader cancelled', async () => {
    let release: (page: unknown) => void = () => {};
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((() => new Promise((resolve) => (release = resolve))) as never);
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    let started: Promise<void> = Promise.resolve();
    act(() => {
      started = result.current.start();
    });
    expect(result.current.phase).toBe('extracting');
    act(() => result.current.cancel());
    await act(async () => {
      release({ url: MOU_URL, html: MOU_HTML });
      await started;
    });
    expect(result.current.phase).toBe('idle');
    expect(result.current.review).toBeNull();
  });

  it('previews and removes an article, announces it, and undoes the removal', async () => {
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    let removal: RemovalSummary | null = null;
    await act(async () => {
      removal = await result.current.previewRemoval(SUMMARY.articleId);
    });
    expect(removal).toMatchObject({ title: 'Ocean MoU' });
    await act(async () => void (await result.current.remove(SUMMARY.articleId)));
    expect(sent.map((m) => m.type)).toEqual(['previewRemoval', 'removeArticle']);
    expect(result.current).toMatchObject({ phase: 'idle', canUndo: true, notice: 'Removed “Ocean MoU” from your dataset.' });
    await act(async () => void (await result.current.undo()));
    expect(sent.at(-1)).toEqual({ type: 'undoLastChange', data: {} });
    expect(result.current).toMatchObject({ canUndo: false, notice: 'Undone: your dataset is as it was before the last change.' });
  });

  it('says what failed when a removal fails, and that nothing was removed', async () => {
    answers.removeArticle = { ok: false, error: 'That article is no longer in your dataset.' };
    const { result } = renderHook(() => useAddPage(TAB, MOU_DATASET));
    await act(async () => void (await result.current.remove(SUMMARY.articleId)));
    expect(result.current.message).toBe('Nothing was removed: That article is no longer in your dataset.');
    expect(result.current.canUndo).toBe(false);
  });

  it('starts over when the panel follows another tab', async () => {
    answerPage({ url: MOU_URL, html: MOU_HTML });
    const { result, rerender } = renderHook(({ tabId }: { tabId: number }) => useAddPage(tabId, MOU_DATASET), { initialProps: { tabId: TAB } });
    await act(() => result.current.start());
    expect(result.current.phase).toBe('reviewing');
    rerender({ tabId: TAB + 1 });
    await waitFor(() => expect(result.current.phase).toBe('idle'));
    expect(result.current.review).toBeNull();
  });
});

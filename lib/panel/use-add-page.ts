import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { findSavedArticle } from '../add-page/find-saved-article';
import { readPageForReview } from '../add-page/read-page-for-review';
import { initialReviewState, reviewReducer, type ReviewAction, type ReviewState } from '../add-page/review-state';
import { toReviewedArticle } from '../add-page/to-reviewed-article';
import type { Dataset } from '../dataset-schema';
import type { PageHtml, TabMessage } from '../protocol';
import type { RemovalSummary, SaveSummary } from '../reviewed-article';
import { sendMessage } from '../send-message';

export type AddPagePhase = 'idle' | 'extracting' | 'no-article' | 'reviewing' | 'saving' | 'saved' | 'error';

export interface AddPage {
  phase: AddPagePhase;
  /** The review while reviewing or saving. */
  review: ReviewState | null;
  /** Plain words for the reader: why there is no article, or what failed and what was kept. */
  message: string | null;
  /** What was done last, for a role="status" line: "Removed …", "Undone." */
  notice: string | null;
  /** The last save's result while the panel shows the saved page. */
  saved: SaveSummary | null;
  /** A save or removal made here can be undone (the background keeps one step). */
  canUndo: boolean;
  /** A removal or undo is under way. */
  busy: boolean;
  start(): Promise<void>;
  dispatch(action: ReviewAction): void;
  save(): Promise<SaveSummary | null>;
  cancel(): void;
  previewRemoval(articleId: string): Promise<RemovalSummary | null>;
  remove(articleId: string): Promise<boolean>;
  undo(): Promise<boolean>;
}

function reason(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[.\s]+$/, '');
}

/** The content script is missing on browser pages, stores, PDFs and tabs opened before install. */
const UNREADABLE =
  'Backstory cannot read this page: browser pages, extension stores and PDFs are closed to extensions, and a tab opened before Backstory was installed needs reloading. Nothing was added.';

function isPageHtml(answer: unknown): answer is PageHtml {
  if (typeof answer !== 'object' || answer === null) return false;
  const { url, html } = answer as Record<string, unknown>;
  return typeof url === 'string' && typeof html === 'string';
}

/**
 * "Add this page" for the side panel: asks the tab's content script for the page's markup, reads
 * the article and its candidates here (never in the page), holds the reader's review, and sends
 * saves, removals and undos to the background. A tab change or cancel abandons work under way.
 */
export function useAddPage(tabId: number | null, dataset: Dataset): AddPage {
  const [phase, setPhase] = useState<AddPagePhase>('idle');
  const [review, setReview] = useState<ReviewState | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [saved, setSaved] = useState<SaveSummary | null>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [busy, setBusy] = useState(false);
  const datasetRef = useRef(dataset);
  datasetRef.current = dataset;
  const reviewRef = useRef(review);
  reviewRef.current = review;
  // Bumped by every new start, cancel and tab change, so late answers of abandoned work are ignored.
  const generation = useRef(0);

  const reset = () => {
    generation.current++;
    setPhase('idle');
    setReview(null);
    setMessage(null);
    setNotice(null);
    setSaved(null);
  };
  useEffect(() => {
    reset();
    setCanUndo(false);
  }, [tabId]);

  const start = async () => {
    if (tabId === null) return;
    const run = ++generation.current;
    setPhase('extracting');
    setReview(null);
    setMessage(null);
    setNotice(null);
    setSaved(null);
    let answer: unknown;
    try {
      const request: TabMessage = { type: 'getPageHtml' };
      answer = await browser.tabs.sendMessage(tabId, request);
    } catch {
      answer = undefined;
    }
    if (run !== generation.current) return;
    if (!isPageHtml(answer)) {
      setPhase('error');
      setMessage(UNREADABLE);
      return;
    }
    try {
      const reading = readPageForReview(answer, datasetRef.current);
      if (run !== generation.current) return;
      if (!reading.found) {
        setPhase('no-article');
        setMessage(reading.message);
        return;
      }
      const latest = datasetRef.current;
      // The same page saved before (under either of its addresses): the review starts from the reader's choices then.
      const saved = findSavedArticle(latest, reading.article.canonicalUrl ?? reading.article.url) ?? findSavedArticle(latest, answer.url);
      setReview(initialReviewState(reading.article, reading.extraction, saved ? { article: saved, agreements: latest.agreements } : undefined));
      setPhase('reviewing');
    } catch (error) {
      if (run !== generation.current) return;
      setPhase('error');
      setMessage(`Backstory could not read the article on this page (${reason(error)}). Nothing was added.`);
    }
  };

  const dispatch = (action: ReviewAction) => setReview((current) => (current ? reviewReducer(current, action) : current));

  const save = async (): Promise<SaveSummary | null> => {
    const current = reviewRef.current;
    if (!current) return null;
    const run = generation.current;
    setMessage(null);
    try {
      const reviewed = toReviewedArticle(current, datasetRef.current, new Date());
      setPhase('saving');
      const summary = await sendMessage<'saveArticle', SaveSummary>('saveArticle', reviewed);
      if (run !== generation.current) return summary;
      setSaved(summary);
      setReview(null);
      setCanUndo(true);
      setPhase('saved');
      return summary;
    } catch (error) {
      if (run === generation.current) {
        setPhase('reviewing');
        setMessage(`Nothing was saved: ${reason(error)}. Your review is kept, so you can try again.`);
      }
      return null;
    }
  };

  // The background answers a removal with `true`; the title to announce comes from its preview.
  const lastPreview = useRef<RemovalSummary | null>(null);

  const previewRemoval = async (articleId: string): Promise<RemovalSummary | null> => {
    setMessage(null);
    try {
      const removal = await sendMessage<'previewRemoval', RemovalSummary>('previewRemoval', { articleId });
      lastPreview.current = removal;
      return removal;
    } catch (error) {
      setMessage(`Backstory could not work out what removing this article would take with it (${reason(error)}). Nothing was removed.`);
      return null;
    }
  };

  const remove = async (articleId: string): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      await sendMessage('removeArticle', { articleId });
      const title = lastPreview.current?.articleId === articleId ? lastPreview.current.title : null;
      generation.current++;
      setSaved(null);
      setReview(null);
      setPhase('idle');
      setCanUndo(true);
      setNotice(title ? `Removed “${title}” from your dataset.` : 'Removed the article from your dataset.');
      return true;
    } catch (error) {
      setMessage(`Nothing was removed: ${reason(error)}.`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  const undo = async (): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    try {
      const undone = await sendMessage<'undoLastChange', boolean>('undoLastChange', {});
      generation.current++;
      setSaved(null);
      setReview(null);
      setPhase('idle');
      setCanUndo(false);
      setNotice(undone ? 'Undone: your dataset is as it was before the last change.' : 'There was nothing to undo.');
      return undone;
    } catch (error) {
      setMessage(`Could not undo: ${reason(error)}. Your dataset is unchanged.`);
      return false;
    } finally {
      setBusy(false);
    }
  };

  return { phase, review, message, notice, saved, canUndo, busy, start, dispatch, save, cancel: reset, previewRemoval, remove, undo };
}

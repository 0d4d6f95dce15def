import { useEffect, useState } from 'preact/hooks';
import { AddPageReview } from '../../components/add-page/add-page-review';
import { AddPageStatus } from '../../components/add-page/add-page-status';
import { SavedArticle } from '../../components/add-page/saved-article';
import { articleContributions } from '../add-page/article-contributions';
import { findSavedArticle } from '../add-page/find-saved-article';
import type { Dataset } from '../dataset-schema';
import type { RemovalSummary } from '../reviewed-article';
import type { AddPage } from './use-add-page';

export interface AddPagePanelProps {
  addPage: AddPage;
  dataset: Dataset;
  /**
   * The reader's dataset is still being read: whether the page is already saved is not known yet,
   * and a review must link what the reader added before, so adding waits for it.
   */
  datasetLoading?: boolean;
  pageUrl: string | null;
  readable: boolean;
  /** `?add=1`: the reader asked to add the page from the popup, context menu or shortcut. */
  startAtOnce: boolean;
}

/** The add-page flow in its compact form (a button, or the saved page with its actions). */
export function AddPageSlot({ addPage, dataset, datasetLoading = false, pageUrl, readable, startAtOnce }: AddPagePanelProps) {
  const [removal, setRemoval] = useState<RemovalSummary | null>(null);
  const saved = pageUrl && !datasetLoading ? findSavedArticle(dataset, pageUrl) : undefined;

  useEffect(() => {
    if (startAtOnce && readable && !datasetLoading && addPage.phase === 'idle' && !saved) void addPage.start();
    // Only once the page is readable and the dataset read: the request was made once.
  }, [startAtOnce, readable, datasetLoading]);

  if (saved && addPage.phase !== 'extracting') {
    return (
      <SavedArticle
        article={saved}
        contributions={articleContributions(dataset, saved.id)}
        summary={addPage.saved?.articleId === saved.id ? addPage.saved : null}
        removal={removal}
        canUndo={addPage.canUndo}
        busy={addPage.busy}
        error={addPage.phase === 'error' ? addPage.message : null}
        onEdit={() => void addPage.start()}
        onRequestRemove={() => void addPage.previewRemoval(saved.id).then(setRemoval)}
        onConfirmRemove={() => void addPage.remove(saved.id).then(() => setRemoval(null))}
        onCancelRemove={() => setRemoval(null)}
        onUndo={() => void addPage.undo()}
      />
    );
  }
  const phase = addPage.phase === 'saved' || addPage.phase === 'reviewing' || addPage.phase === 'saving' ? 'idle' : addPage.phase;
  return (
    <AddPageStatus
      phase={phase}
      message={addPage.message}
      notice={addPage.notice}
      disabled={!readable || datasetLoading}
      onAdd={() => void addPage.start()}
      {...(addPage.canUndo ? { onUndo: () => void addPage.undo() } : {})}
    />
  );
}

/** The review, which takes the whole panel while the reader works through it. */
export function AddPageReviewPanel({ addPage, dataset }: { addPage: AddPage; dataset: Dataset }) {
  if (!addPage.review) return null;
  return (
    <main class="bs-root bs-panel">
      <AddPageReview
        review={addPage.review}
        dataset={dataset}
        saving={addPage.phase === 'saving'}
        error={addPage.phase === 'reviewing' ? addPage.message : null}
        onAction={addPage.dispatch}
        onSave={() => void addPage.save()}
        onCancel={addPage.cancel}
      />
    </main>
  );
}

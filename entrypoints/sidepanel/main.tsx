import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import seedDataset from 'virtual:backstory/seed-dataset';
import '@/components/side-panel.css';
import '@/components/add-page.css';
import { ArticleView } from '@/components/article-view';
import { SidePanelApp } from '@/components/side-panel-app';
import { AddPageReviewPanel, AddPageSlot } from '@/lib/panel/add-page-panel';
import { DatasetToolsPanel } from '@/lib/panel/dataset-tools-panel';
import { useAddPage } from '@/lib/panel/use-add-page';
import { useDataset } from '@/lib/panel/use-dataset';
import { useTabPage } from '@/lib/panel/use-tab-page';
import { safeHttpUrl } from '@/lib/query/safe-http-url';
import { sendMessage } from '@/lib/send-message';

const params = new URLSearchParams(location.search);
const pinnedTab = /^\d+$/.test(params.get('tab') ?? '') ? Number(params.get('tab')) : null;

function SidePanel() {
  const { dataset, loading, problem, dismissProblem } = useDataset(seedDataset);
  const { tabId, page } = useTabPage(pinnedTab);
  const addPage = useAddPage(tabId, dataset);
  const [articleId, setArticleId] = useState<string | null>(params.get('article'));
  const [error, setError] = useState<string | null>(null);
  const article = articleId ? dataset.articles.find((a) => a.id === articleId) : undefined;
  const readable = page !== null && page.status !== 'unreadable';

  const openArticle = (id: string) => {
    const target = dataset.articles.find((a) => a.id === id);
    const url = safeHttpUrl(target?.canonicalUrl ?? target?.url);
    if (url) void browser.tabs.create({ url });
    else setArticleId(id);
  };
  const jump = (entityId: string) => {
    if (tabId === null) return;
    sendMessage('jumpTo', { tabId, entityId }).then(
      (found) => setError(found ? null : 'That name is no longer on the page.'),
      (reason: unknown) => setError(`Could not reach the page: ${reason instanceof Error ? reason.message : String(reason)}`),
    );
  };

  if (addPage.phase === 'reviewing' || addPage.phase === 'saving') return <AddPageReviewPanel addPage={addPage} dataset={dataset} />;
  return (
    <>
      {problem ? (
        <p role="alert" class="bs-root bs-alert">
          {problem}{' '}
          <button type="button" class="bs-link-button" onClick={dismissProblem}>
            Dismiss
          </button>
        </p>
      ) : null}
      {error ? (
        <p role="alert" class="bs-root bs-alert">
          {error}
        </p>
      ) : null}
      {article ? (
        <main class="bs-root bs-panel">
          <ArticleView article={article} onBack={() => setArticleId(null)} />
        </main>
      ) : (
        <SidePanelApp
          dataset={dataset}
          datasetLoading={loading}
          page={page && tabId !== null ? { ...page, tabId } : null}
          onJump={jump}
          onOpenArticle={openArticle}
          focusEntityId={params.get('entity') ?? undefined}
          addPage={<AddPageSlot addPage={addPage} dataset={dataset} datasetLoading={loading} pageUrl={page?.url || null} readable={readable} startAtOnce={params.get('add') === '1'} />}
        />
      )}
      <details class="bs-root bs-panel__tools">
        <summary>Your dataset: export and import</summary>
        <DatasetToolsPanel />
      </details>
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);

import { render } from 'preact';
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/side-panel.css';
import { ArticleView } from '@/components/article-view';
import { SidePanelApp } from '@/components/side-panel-app';
import { useDataset } from '@/lib/panel/use-dataset';
import { useTabPage } from '@/lib/panel/use-tab-page';
import { safeHttpUrl } from '@/lib/query/safe-http-url';
import { sendMessage } from '@/lib/send-message';

const params = new URLSearchParams(location.search);
const pinnedTab = /^\d+$/.test(params.get('tab') ?? '') ? Number(params.get('tab')) : null;

function SidePanel() {
  const { dataset, problem } = useDataset();
  const { tabId, page } = useTabPage(pinnedTab);
  const [articleId, setArticleId] = useState<string | null>(params.get('article'));
  const [error, setError] = useState<string | null>(null);
  const article = articleId ? dataset.articles.find((a) => a.id === articleId) : undefined;

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

  return (
    <>
      {problem || error ? (
        <p role="alert" class="bs-root bs-alert">
          {problem ?? error}
        </p>
      ) : null}
      {article ? (
        <main class="bs-root bs-panel">
          <ArticleView article={article} onBack={() => setArticleId(null)} />
        </main>
      ) : (
        <SidePanelApp
          dataset={dataset}
          page={page && tabId !== null ? { ...page, tabId } : null}
          onJump={jump}
          onOpenArticle={openArticle}
          focusEntityId={params.get('entity') ?? undefined}
        />
      )}
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);

import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import type { Dataset } from '../lib/dataset-schema';
import { findAgreementView } from '../lib/query/agreement-view';
import { datasetLookup } from '../lib/query/dataset-lookup';
import { entityDetails } from '../lib/query/entity-details';
import { entityGraph } from '../lib/query/entity-graph';
import { pageAgreements } from '../lib/query/page-agreements';
import { groupByKind, pageEntityList, reportedEntityList, type ReportedNames } from '../lib/query/page-entities';
import { relatedCoverage } from '../lib/query/related-coverage';
import { createSearchIndex, type SearchIndex } from '../lib/query/search-index';
import { AgreementDetails } from './agreement-details';
import { AgreementTimeline } from './agreement-timeline';
import { EmptyState, type EmptyStateReason } from './empty-state';
import { EntityGraph } from './entity-graph';
import { EntityView } from './entity-view';
import { PageEntities } from './page-entities';
import { plural } from './plural';
import { RelatedCoverageList } from './related-coverage-list';
import { SearchPanel, type SearchChoice } from './search-panel';
import { SidePanelTabs, type Tab } from './side-panel-tabs';

export interface PageState {
  tabId: number;
  url: string;
  title: string;
  status: 'ready' | 'scanning' | 'unreadable' | 'paused';
  /** entityId → mentions on the page. */
  counts: Record<string, number>;
  /** Name and kind of each entity counted, as reported with the page: listed until the dataset is read. */
  names?: ReportedNames;
}

export interface SidePanelAppProps {
  dataset: Dataset;
  /**
   * The reader's dataset is still being read (`dataset` is the bundled one alone meanwhile): "On
   * this page" lists the names reported with the page, and the views that need the whole dataset
   * say they are waiting for it rather than show part of it.
   */
  datasetLoading?: boolean;
  /** Null when the panel's tab has no page Backstory can talk to. */
  page: PageState | null;
  onJump(entityId: string): void;
  onOpenArticle(articleId: string): void;
  /** The add-page flow, slotted in by its own feature. */
  addPage?: ComponentChildren;
  /** Opens this entity's view, e.g. after "Open in side panel" on a hover card; a new value opens it again. */
  focusEntityId?: string;
}

type TabKey = 'page' | 'agreements' | 'related' | 'graph' | 'search';
const TABS: readonly Tab<TabKey>[] = [
  { key: 'page', label: 'On this page' },
  { key: 'agreements', label: 'Agreements' },
  { key: 'related', label: 'Related' },
  { key: 'graph', label: 'Graph' },
  { key: 'search', label: 'Search' },
];

type Detail = { type: 'entity'; id: string } | { type: 'agreement'; id: string };

/**
 * Building the fuzzy index for 10,000 entities takes a few hundred milliseconds, which must not
 * delay the panel's first paint (budget 150 ms). It is built when the browser is idle after the
 * first render, or on the first keystroke if the reader is quicker.
 */
function useSearchIndex(dataset: Dataset, loading: boolean): () => SearchIndex {
  const built = useRef<{ dataset: Dataset; index: SearchIndex } | null>(null);
  const get = () => {
    if (built.current?.dataset !== dataset) built.current = { dataset, index: createSearchIndex(dataset) };
    return built.current.index;
  };
  useEffect(() => {
    if (loading) return;
    const idle = globalThis.requestIdleCallback;
    if (typeof idle === 'function') {
      const handle = idle(() => get(), { timeout: 2000 });
      return () => globalThis.cancelIdleCallback(handle);
    }
    const handle = setTimeout(get, 200);
    return () => clearTimeout(handle);
  }, [dataset, loading]);
  return get;
}

function emptyReason(page: PageState | null): EmptyStateReason | null {
  if (!page || page.status === 'unreadable') return 'unreadable';
  if (page.status === 'paused') return 'paused';
  if (page.status === 'scanning' && Object.keys(page.counts).length === 0) return 'scanning';
  return null;
}

/** The side panel: the page's entities, agreements, related coverage, a graph and search, with an entity view. */
export function SidePanelApp({ dataset, datasetLoading = false, page, onJump, onOpenArticle, addPage, focusEntityId }: SidePanelAppProps) {
  const [tab, setTab] = useState<TabKey>('page');
  const [trail, setTrail] = useState<Detail[]>([]);
  const [query, setQuery] = useState('');
  const searchIndex = useSearchIndex(dataset, datasetLoading);

  useEffect(() => {
    if (focusEntityId) setTrail([{ type: 'entity', id: focusEntityId }]);
  }, [focusEntityId]);
  // A new page in the tab is a new context: drop the trail of views from the previous one.
  // The page's first report is not a navigation: it must not close a view opened from the card.
  const shownUrl = useRef(page?.url || undefined);
  useEffect(() => {
    const url = page?.url || undefined;
    if (shownUrl.current !== undefined && url !== undefined && shownUrl.current !== url) setTrail([]);
    if (url !== undefined) shownUrl.current = url;
  }, [page?.url]);

  const counts = page?.counts ?? {};
  const names = page?.names;
  const found = useMemo(
    () => (datasetLoading ? reportedEntityList(names ?? {}, counts) : pageEntityList(dataset, counts)),
    [datasetLoading, dataset, counts, names],
  );
  const results = useMemo(() => (query.trim().length > 0 && !datasetLoading ? searchIndex().search(query) : null), [query, dataset, datasetLoading]);
  const waiting = <EmptyState reason="loading" />;

  const openEntity = (id: string) => setTrail((current) => [...current, { type: 'entity', id }]);
  const back = () => setTrail((current) => current.slice(0, -1));
  const selectTab = (key: TabKey) => {
    setTab(key);
    setTrail([]);
  };
  const choose = (choice: SearchChoice) => {
    if (choice.type === 'article') return onOpenArticle(choice.id);
    const next: Detail = { type: choice.type, id: choice.id };
    setTrail((current) => [...current, next]);
  };

  const detail = trail.at(-1);
  const reason = emptyReason(page);
  const pageContent = (): ComponentChildren => {
    if (reason) return <EmptyState reason={reason} />;
    // A report without names (made before the background named them) waits for the dataset.
    if (found.length === 0 && datasetLoading && Object.keys(counts).length > 0) return waiting;
    if (found.length === 0) return <EmptyState reason="nothing-found">{addPage}</EmptyState>;
    if (tab === 'page') return <PageEntities groups={groupByKind(found)} onJump={onJump} onSelect={openEntity} />;
    if (datasetLoading) return waiting;
    switch (tab) {
      case 'agreements':
        return <AgreementTimeline agreements={pageAgreements(dataset, Object.keys(counts))} onSelectEntity={openEntity} />;
      case 'related':
        return <RelatedCoverageList items={relatedCoverage(dataset, { url: page!.url, counts })} onOpenArticle={onOpenArticle} />;
      default:
        return <EntityGraph graph={entityGraph(dataset, counts)} onSelectEntity={openEntity} />;
    }
  };
  const detailContent = (current: Detail): ComponentChildren => {
    if (datasetLoading) return waiting;
    if (current.type === 'entity') {
      const details = entityDetails(dataset, current.id);
      return details ? (
        <EntityView details={details} onSelectEntity={openEntity} onOpenArticle={onOpenArticle} onBack={back} />
      ) : (
        <p role="alert" class="bs-alert">
          This entity is no longer in your dataset.{' '}
          <button type="button" class="bs-link-button" onClick={back}>
            Back
          </button>
        </p>
      );
    }
    const agreement = findAgreementView(datasetLookup(dataset), dataset.agreements, current.id);
    return (
      <div class="bs-agreement-view">
        <button type="button" class="bs-button bs-button--quiet bs-button--small" onClick={back}>
          Back
        </button>
        {agreement ? (
          <AgreementDetails agreement={agreement} onSelectEntity={openEntity} allEvidence headingLevel={3} />
        ) : (
          <p role="alert" class="bs-alert">
            This agreement is no longer in your dataset.
          </p>
        )}
      </div>
    );
  };

  return (
    <main class="bs-root bs-panel">
      <header class="bs-panel__header">
        <h1 class="bs-panel__title">{page && page.status !== 'unreadable' ? page.title || page.url : 'Backstory'}</h1>
        {page && !reason ? <p class="bs-meta">{plural(found.length, 'entity', 'entities')} found on this page</p> : null}
        {addPage && found.length > 0 ? <div class="bs-panel__add">{addPage}</div> : null}
      </header>
      <SidePanelTabs tabs={TABS} selected={tab} onSelect={selectTab}>
        {detail ? (
          detailContent(detail)
        ) : tab === 'search' ? (
          <>
            <SearchPanel query={query} results={results} onQueryChange={setQuery} onChoose={choose} />
            {datasetLoading && query.trim().length > 0 ? waiting : null}
          </>
        ) : (
          pageContent()
        )}
      </SidePanelTabs>
    </main>
  );
}

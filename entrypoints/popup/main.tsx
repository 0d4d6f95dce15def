import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import '@/components/popup.css';
import { PopupApp } from '@/components/popup-app';
import { openSidePanel } from '@/lib/open-side-panel';
import { siteOf } from '@/lib/highlight-policy';
import { useSettings } from '@/lib/panel/use-settings';
import { useTabPage } from '@/lib/panel/use-tab-page';
import { reportedEntityList } from '@/lib/query/page-entities';

function Popup() {
  // The names come with the tab's report: the popup never reads the reader's whole dataset.
  const { tabId, page } = useTabPage(null);
  const [settings, saveSettings] = useSettings();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();

  useEffect(() => {
    // The popup's click grants activeTab, so the current tab's address is readable here.
    void browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => setUrl(tab?.url ?? null));
  }, []);

  // The tab's address from activeTab, else the one its content script reported.
  const site = url ? siteOf(url) : page?.url ? siteOf(page.url) : null;
  const save = (change: Parameters<typeof saveSettings>[0]) =>
    saveSettings(change).then(
      () => setError(undefined),
      (reason: unknown) => setError(`The setting could not be saved: ${reason instanceof Error ? reason.message : String(reason)}. Nothing changed.`),
    );
  const openPanel = (extra?: Record<string, string>) => {
    if (tabId === null) return;
    // Called synchronously from the click: the browser only opens panels for a user gesture.
    openSidePanel(tabId, extra).then(
      () => window.close(),
      (reason: unknown) => setError(`The side panel could not be opened: ${reason instanceof Error ? reason.message : String(reason)}`),
    );
  };

  return (
    <PopupApp
      site={site}
      status={page?.status ?? 'scanning'}
      entities={reportedEntityList(page?.names ?? {}, page?.counts ?? {})}
      pausedOnSite={site !== null && settings.pausedSites.includes(site)}
      pausedEverywhere={settings.paused}
      kinds={settings.kinds}
      error={error}
      onPauseOnSiteChange={(paused) =>
        site &&
        void save((current) => ({
          ...current,
          pausedSites: paused ? [...new Set([...current.pausedSites, site])] : current.pausedSites.filter((s) => s !== site),
        }))
      }
      onPauseEverywhereChange={(paused) => void save((current) => ({ ...current, paused }))}
      onKindChange={(kind, enabled) => void save((current) => ({ ...current, kinds: { ...current.kinds, [kind]: enabled } }))}
      onOpenSidePanel={() => openPanel()}
      onAddPage={() => openPanel({ add: '1' })}
    />
  );
}

render(<Popup />, document.getElementById('app')!);

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp } from '../../../components/side-panel-app';
import { syntheticDataset } from '../../../lib/query/synthetic-dataset';

afterEach(cleanup);

describe('SidePanelApp at scale', () => {
  it('renders its first view of a 10,000-entity dataset within budget (printed; fails only if absurd)', () => {
    const dataset = syntheticDataset({ seed: 11, entities: 10_000, articles: 5_000 });
    const article = dataset.articles[42]!;
    const page = { tabId: 1, url: article.url!, title: article.title, status: 'ready' as const, counts: article.mentions };
    const timings: Record<string, number> = {};
    for (const tab of ['On this page', 'Agreements', 'Related', 'Graph'] as const) {
      cleanup();
      // A fresh dataset object each time, so no index cached by an earlier render is reused.
      const fresh = { ...dataset };
      const start = performance.now();
      render(<SidePanelApp dataset={fresh} page={page} onJump={vi.fn()} onOpenArticle={vi.fn()} />);
      if (tab !== 'On this page') fireEvent.click(screen.getByRole('tab', { name: tab }));
      timings[tab] = performance.now() - start;
      expect(screen.getByRole('tabpanel', { name: tab })).toBeTruthy();
    }
    console.log(
      `side panel at 10,000 entities / 5,000 articles, first render per tab (happy-dom): ` +
        Object.entries(timings)
          .map(([tab, ms]) => `${tab} ${ms.toFixed(0)} ms`)
          .join(', '),
    );
    // The budget is 150 ms in a real browser; ten times that here means something is quadratic.
    for (const ms of Object.values(timings)) expect(ms).toBeLessThan(1500);
  });
});

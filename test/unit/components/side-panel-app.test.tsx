// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SidePanelApp, type PageState, type SidePanelAppProps } from '../../../components/side-panel-app';
import { ARTICLE_IDS, fixtureDataset } from '../query/fixture-dataset';

const jointLab = fixtureDataset.articles.find((article) => article.id === ARTICLE_IDS.JOINT_LAB)!;
const readyPage: PageState = { tabId: 7, url: jointLab.url!, title: jointLab.title, status: 'ready', counts: jointLab.mentions };

function renderSidePanelApp(props: Partial<SidePanelAppProps> = {}) {
  const onJump = vi.fn();
  const onOpenArticle = vi.fn();
  const result = render(<SidePanelApp dataset={fixtureDataset} page={readyPage} onJump={onJump} onOpenArticle={onOpenArticle} {...props} />);
  const tab = (name: string) => screen.getByRole('tab', { name });
  return { ...result, onJump, onOpenArticle, tab };
}

afterEach(cleanup);

describe('SidePanelApp', () => {
  it('opens on "On this page" with the page title and how many entities were found', () => {
    const { tab } = renderSidePanelApp();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(jointLab.title);
    expect(screen.getByText('10 entities found on this page')).toBeTruthy();
    expect(tab('On this page').getAttribute('aria-selected')).toBe('true');
    const panel = screen.getByRole('tabpanel', { name: 'On this page' });
    expect(within(panel).getByRole('region', { name: 'Organisations (5)' })).toBeTruthy();
  });

  it('passes jump requests through', () => {
    const { onJump } = renderSidePanelApp();
    fireEvent.click(screen.getByRole('button', { name: 'Chan Heng Kee' }));
    expect(onJump).toHaveBeenCalledWith('person:chan-heng-kee');
  });

  it('moves between tabs with the arrow keys, Home and End, one tab stop for the list', () => {
    const { tab } = renderSidePanelApp();
    expect(screen.getAllByRole('tab').filter((element) => element.tabIndex === 0)).toEqual([tab('On this page')]);
    fireEvent.keyDown(tab('On this page'), { key: 'ArrowRight' });
    expect(tab('Agreements').getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel', { name: 'Agreements' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Between entities on this page' })).toBeTruthy();
    fireEvent.keyDown(tab('Agreements'), { key: 'End' });
    expect(tab('Search').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Search'), { key: 'ArrowRight' });
    expect(tab('On this page').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('On this page'), { key: 'ArrowLeft' });
    expect(tab('Search').getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(tab('Search'), { key: 'Home' });
    expect(tab('On this page').getAttribute('aria-selected')).toBe('true');
  });

  it('shows related coverage without the page itself, and opens an article', () => {
    const { tab, onOpenArticle } = renderSidePanelApp();
    fireEvent.click(tab('Related'));
    const panel = screen.getByRole('tabpanel', { name: 'Related' });
    expect(within(panel).queryByText(jointLab.title)).toBeNull();
    fireEvent.click(within(panel).getByRole('button', { name: 'Singapore defence lab opens with French researchers' }));
    expect(onOpenArticle).toHaveBeenCalledWith(ARTICLE_IDS.FOLLOW_UP);
  });

  it('opens the entity view from the graph and goes back to the tab', () => {
    const { tab } = renderSidePanelApp();
    fireEvent.click(tab('Graph'));
    fireEvent.click(screen.getByRole('button', { name: /^Ministry of the Armed Forces,/ }));
    expect(screen.getByRole('article', { name: 'Ministry of the Armed Forces' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('group', { name: /^Graph of/ })).toBeTruthy();
  });

  it('searches the dataset and opens an entity or agreement from the results', () => {
    const { tab } = renderSidePanelApp();
    fireEvent.click(tab('Search'));
    const box = screen.getByRole('searchbox');
    fireEvent.input(box, { target: { value: 'balakrishan' } });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByRole('article', { name: 'Vivian Balakrishnan' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'working group' } });
    fireEvent.click(within(screen.getByRole('group', { name: 'Agreements' })).getAllByRole('option')[0]!);
    expect(screen.getByRole('heading', { level: 3 }).textContent).toMatch(/working group/i);
  });

  it('opens the entity asked for by the hover card', () => {
    renderSidePanelApp({ focusEntityId: 'org:cnrs' });
    expect(screen.getByRole('article', { name: 'French National Centre for Scientific Research' })).toBeTruthy();
  });

  it('explains an unreadable page but still lets the reader search', () => {
    const { tab } = renderSidePanelApp({ page: null });
    expect(screen.getByText('Backstory cannot read this page')).toBeTruthy();
    fireEvent.click(tab('Search'));
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'cnrs' } });
    expect(screen.getByRole('status').textContent).toMatch(/result/);
  });

  it('offers the add-page flow when nothing known is on the page', () => {
    renderSidePanelApp({
      page: { ...readyPage, url: 'https://unknown.example/', counts: {} },
      addPage: <button type="button">Add this page</button>,
    });
    expect(screen.getByText('Nothing known on this page')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add this page' })).toBeTruthy();
  });

  it('announces scanning while the page is being read', () => {
    renderSidePanelApp({ page: { ...readyPage, status: 'scanning', counts: {} } });
    expect(screen.getByRole('status').textContent).toContain('Reading this page…');
  });

  describe('while the reader\'s dataset is being read', () => {
    /** The bundled dataset alone stands in meanwhile: here, one that knows none of the page's names. */
    const bundledOnly = { ...fixtureDataset, entities: [], agreements: [] };
    const names = Object.fromEntries(
      fixtureDataset.entities.filter((e) => e.id in jointLab.mentions).map((e) => [e.id, { name: e.name, kind: e.kind }]),
    );
    const loading = (props: Partial<SidePanelAppProps> = {}) =>
      renderSidePanelApp({ dataset: bundledOnly, datasetLoading: true, page: { ...readyPage, names }, ...props });

    it('lists the names reported with the page, grouped by kind, and jumps to them', () => {
      const { onJump } = loading();
      expect(screen.getByText('10 entities found on this page')).toBeTruthy();
      const panel = screen.getByRole('tabpanel', { name: 'On this page' });
      expect(within(panel).getByRole('region', { name: 'Organisations (5)' })).toBeTruthy();
      fireEvent.click(within(panel).getByRole('button', { name: 'Chan Heng Kee' }));
      expect(onJump).toHaveBeenCalledWith('person:chan-heng-kee');
    });

    it('lists the same names as the whole dataset does, once read', () => {
      const names = (container: Element) => [...container.querySelectorAll('[role="tabpanel"] li')].map((li) => li.textContent);
      const before = names(loading().container);
      cleanup();
      expect(names(renderSidePanelApp().container)).toEqual(before);
    });

    it('the views that need the whole dataset say they wait for it, not show part of it', () => {
      const { tab } = loading({ focusEntityId: 'org:cnrs' });
      expect(screen.getByRole('status').textContent).toContain('Reading your dataset…');
      expect(screen.queryByRole('alert')).toBeNull();
      fireEvent.click(tab('Agreements'));
      expect(screen.getByRole('status').textContent).toContain('Reading your dataset…');
      fireEvent.click(tab('Search'));
      fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'cnrs' } });
      const statuses = screen.getAllByRole('status').map((status) => status.textContent);
      expect(statuses.join(' ')).toContain('Reading your dataset…');
      expect(statuses.join(' ')).not.toMatch(/result/);
      expect(screen.queryAllByRole('option')).toEqual([]);
    });

    it('a report without names waits for the dataset rather than say nothing is known', () => {
      loading({ page: readyPage });
      expect(screen.queryByText('Nothing known on this page')).toBeNull();
      expect(screen.getByRole('status').textContent).toContain('Reading your dataset…');
    });

    it('a page with nothing known says so at once', () => {
      loading({ page: { ...readyPage, counts: {}, names: {} } });
      expect(screen.getByText('Nothing known on this page')).toBeTruthy();
    });
  });

  it('renders the seed-sized dataset quickly (printed)', () => {
    const start = performance.now();
    renderSidePanelApp();
    console.log(`side panel first render (fixture, happy-dom): ${(performance.now() - start).toFixed(1)} ms`);
    expect(screen.getByRole('tablist')).toBeTruthy();
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '../../../components/popup-app';
import { pageEntityList } from '../../../lib/query/page-entities';
import { ARTICLE_IDS, fixtureDataset } from '../query/fixture-dataset';

const mentions = fixtureDataset.articles.find((article) => article.id === ARTICLE_IDS.JOINT_LAB)!.mentions;

function renderPopupApp(props: Partial<PopupAppProps> = {}) {
  const callbacks = {
    onPauseOnSiteChange: vi.fn(),
    onPauseEverywhereChange: vi.fn(),
    onKindChange: vi.fn(),
    onOpenSidePanel: vi.fn(),
    onAddPage: vi.fn(),
  };
  render(
    <PopupApp
      site="news.example.com"
      status="ready"
      entities={pageEntityList(fixtureDataset, mentions)}
      pausedOnSite={false}
      pausedEverywhere={false}
      kinds={{ org: true, person: true, country: false }}
      {...callbacks}
      {...props}
    />,
  );
  return callbacks;
}

afterEach(cleanup);

describe('PopupApp', () => {
  it('says how many entities were found and lists the most mentioned', () => {
    renderPopupApp();
    expect(screen.getByRole('status').textContent).toBe('10 entities found on this page');
    const top = within(screen.getByRole('list', { name: 'Most mentioned' })).getAllByRole('listitem');
    expect(top).toHaveLength(5);
    expect(top[0]?.textContent).toBe('Singapore 6 mentions');
  });

  it('has the two main actions named by their words', () => {
    const { onOpenSidePanel, onAddPage } = renderPopupApp();
    fireEvent.click(screen.getByRole('button', { name: 'Open side panel' }));
    fireEvent.click(screen.getByRole('button', { name: 'Add this page' }));
    expect(onOpenSidePanel).toHaveBeenCalledTimes(1);
    expect(onAddPage).toHaveBeenCalledTimes(1);
  });

  it('toggles pausing on this site and everywhere', () => {
    const { onPauseOnSiteChange, onPauseEverywhereChange } = renderPopupApp({ pausedEverywhere: true });
    const site = screen.getByRole('switch', { name: 'Pause on this site' }) as HTMLInputElement;
    expect(site.checked).toBe(false);
    expect(site.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.click(site);
    expect(onPauseOnSiteChange).toHaveBeenCalledWith(true);
    const everywhere = screen.getByRole('switch', { name: 'Pause everywhere' }) as HTMLInputElement;
    expect(everywhere.checked).toBe(true);
    fireEvent.click(everywhere);
    expect(onPauseEverywhereChange).toHaveBeenCalledWith(false);
    expect(screen.getByRole('status').textContent).toBe('Paused: nothing is highlighted.');
  });

  it('shows which kinds are highlighted, countries off as given, and reports changes', () => {
    const { onKindChange } = renderPopupApp();
    const group = screen.getByRole('group', { name: 'Highlight' });
    const countries = within(group).getByRole('checkbox', { name: 'Countries' }) as HTMLInputElement;
    expect(countries.checked).toBe(false);
    expect((within(group).getByRole('checkbox', { name: 'Organisations' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(countries);
    expect(onKindChange).toHaveBeenCalledWith('country', true);
  });

  it('explains an unreadable page and does not offer to add it', () => {
    renderPopupApp({ site: null, status: 'unreadable', entities: [] });
    expect(screen.getByRole('status').textContent).toBe('Backstory cannot read this page.');
    expect((screen.getByRole('button', { name: 'Add this page' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('switch', { name: 'Pause on this site' }) as HTMLInputElement).disabled).toBe(true);
  });

  it('announces errors as alerts', () => {
    renderPopupApp({ error: 'Could not save the setting. Nothing was changed.' });
    expect(screen.getByRole('alert').textContent).toBe('Could not save the setting. Nothing was changed.');
  });
});

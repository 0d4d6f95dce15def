// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SavedArticle, type SavedArticleProps } from '../../../components/add-page/saved-article';
import { articleContributions } from '../../../lib/add-page/article-contributions';
import type { Article } from '../../../lib/dataset-schema';
import type { RemovalSummary } from '../../../lib/reviewed-article';
import { MOU_DATASET } from './mou-fixture';

const ARTICLE: Article = MOU_DATASET.articles[0]!;
const REMOVAL: RemovalSummary = {
  articleId: ARTICLE.id,
  title: ARTICLE.title,
  entities: [{ id: 'org:tromso-polar-data-office', name: 'Tromso Polar Data Office' }],
  agreements: [{ id: 'agreement:nimr-tromso-partnership', title: 'NIMR–Tromso partnership' }],
};

function renderSavedArticle(props: Partial<SavedArticleProps> = {}) {
  const callbacks = { onEdit: vi.fn(), onRequestRemove: vi.fn(), onConfirmRemove: vi.fn(), onCancelRemove: vi.fn(), onUndo: vi.fn() };
  const all: SavedArticleProps = { article: ARTICLE, contributions: articleContributions(MOU_DATASET, ARTICLE.id), canUndo: false, ...callbacks, ...props };
  const view = render(<SavedArticle {...all} />);
  return { ...callbacks, rerender: (next: Partial<SavedArticleProps>) => view.rerender(<SavedArticle {...all} {...next} />) };
}

afterEach(cleanup);

describe('SavedArticle', () => {
  it('shows the page as part of the dataset: title, site, date, and what it added', () => {
    renderSavedArticle({ article: { ...ARTICLE, author: 'Marta Lindqvist', publishedAt: { text: '2 Nov 2024', value: '2024-11-02', precision: 'day' } } });
    const saved = screen.getByRole('region', { name: ARTICLE.title });
    expect(within(saved).getByRole('link', { name: ARTICLE.title }).getAttribute('href')).toBe(ARTICLE.url);
    expect(within(saved).getByText('Harbour Science News · by Marta Lindqvist · 2 November 2024')).toBeTruthy();
    expect(within(saved).getByText('Added 2 November 2024')).toBeTruthy();
    const entities = within(saved).getByRole('list', { name: 'Organisations and people' });
    expect(within(entities).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Nordic Institute for Marine RoboticsOrganisation',
      'Tromso Polar Data OfficeOrganisation',
    ]);
  });

  it('says what a save just did, as a status', () => {
    renderSavedArticle({ summary: { articleId: ARTICLE.id, updated: true, newEntities: 1, mergedEntities: 2, agreements: 1 } });
    expect(screen.getByRole('status').textContent).toBe('Updated: 1 new organisation or person, 2 already known, 1 agreement.');
  });

  it('offers Edit and Remove…, and Undo only after a change', () => {
    const { onEdit, onRequestRemove, onUndo, rerender } = renderSavedArticle();
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Edit' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove…' }));
    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(onRequestRemove).toHaveBeenCalledTimes(1);
    rerender({ canUndo: true });
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
  });

  it('confirms a removal listing what goes with it, focused on keeping it', () => {
    const { onConfirmRemove, onCancelRemove } = renderSavedArticle({ removal: REMOVAL });
    const dialog = screen.getByRole('alertdialog', { name: `Remove “${ARTICLE.title}” from your dataset?` });
    expect(dialog.textContent).toContain('It also removes 1 entity only it introduced:');
    expect(within(dialog).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Tromso Polar Data Office', 'NIMR–Tromso partnership']);
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('button', { name: 'Remove…' })).toBeNull();
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    expect(onCancelRemove).toHaveBeenCalledTimes(1);
    fireEvent.click(within(dialog).getByRole('button', { name: 'Yes, remove it' }));
    expect(onConfirmRemove).toHaveBeenCalledTimes(1);
  });

  it('says when nothing else goes with the article, and gives focus back to Remove… when cancelled', () => {
    const { rerender } = renderSavedArticle({ removal: { ...REMOVAL, entities: [], agreements: [] } });
    expect(screen.getByRole('alertdialog').textContent).toContain('Nothing else is removed');
    rerender({ removal: null });
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Remove…' }));
  });

  it('reports a failure as an alert and shows hostile titles as text, linking only http(s)', () => {
    renderSavedArticle({
      article: { ...ARTICLE, title: '<img src=x onerror=alert(1)>Pwned', url: 'javascript:alert(1)', canonicalUrl: undefined },
      contributions: { entities: [], agreements: [] },
      error: 'Nothing was removed: storage is full.',
    });
    expect(screen.getByRole('alert').textContent).toBe('Nothing was removed: storage is full.');
    expect(document.querySelector('img')).toBeNull();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByRole('heading', { name: '<img src=x onerror=alert(1)>Pwned' })).toBeTruthy();
    expect(screen.getByText('Nothing beyond the article itself.')).toBeTruthy();
  });
});

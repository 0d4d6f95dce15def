// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RelatedCoverageList, type RelatedCoverageListProps } from '../../../components/related-coverage-list';
import { relatedCoverage } from '../../../lib/query/related-coverage';
import { ARTICLE_IDS, fixtureDataset } from '../query/fixture-dataset';

function renderRelatedCoverageList(props: Partial<RelatedCoverageListProps> = {}) {
  const onOpenArticle = vi.fn();
  const items = relatedCoverage(fixtureDataset, { url: 'https://elsewhere.example/', counts: { 'org:mindef': 1, 'country:sg': 1 } });
  render(<RelatedCoverageList items={items} onOpenArticle={onOpenArticle} {...props} />);
  return { onOpenArticle };
}

afterEach(cleanup);

describe('RelatedCoverageList', () => {
  it('lists articles best first with site, date and the entities they share', () => {
    renderRelatedCoverageList();
    const items = screen.getAllByRole('listitem');
    expect(items[0]?.textContent).toBe(
      'Singapore defence lab opens with French researchersExample Defence Weekly · 3 March 2025Shares 2 entities: Ministry of Defence, Singapore',
    );
    expect(items).toHaveLength(3);
  });

  it('opens an article by its title', () => {
    const { onOpenArticle } = renderRelatedCoverageList();
    fireEvent.click(screen.getByRole('button', { name: 'Singapore defence lab opens with French researchers' }));
    expect(onOpenArticle).toHaveBeenCalledWith(ARTICLE_IDS.FOLLOW_UP);
  });

  it('says so when nothing is related', () => {
    renderRelatedCoverageList({ items: [] });
    expect(screen.getByText('No other article in your dataset names these entities.')).toBeTruthy();
  });
});

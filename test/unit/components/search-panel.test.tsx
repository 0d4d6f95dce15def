// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SearchPanel, type SearchChoice } from '../../../components/search-panel';
import { createSearchIndex } from '../../../lib/query/search-index';
import { fixtureDataset } from '../query/fixture-dataset';

const index = createSearchIndex(fixtureDataset);

/** The panel is controlled; this harness plays the owner, as the side panel app does. */
function Harness({ onChoose, initialQuery }: { onChoose(choice: SearchChoice): void; initialQuery: string }) {
  const [query, setQuery] = useState(initialQuery);
  return <SearchPanel query={query} results={query ? index.search(query) : null} onQueryChange={setQuery} onChoose={onChoose} />;
}

function renderSearchPanel({ initialQuery = '' } = {}) {
  const onChoose = vi.fn();
  render(<Harness onChoose={onChoose} initialQuery={initialQuery} />);
  const box = screen.getByRole('searchbox', { name: 'Search entities, agreements and articles' }) as HTMLInputElement;
  return { onChoose, box };
}

afterEach(cleanup);

describe('SearchPanel', () => {
  it('is a labelled search box', () => {
    const { box } = renderSearchPanel();
    expect(box.type).toBe('search');
  });

  it('shows typo-tolerant results grouped by type and announces the count', () => {
    const { box } = renderSearchPanel();
    fireEvent.input(box, { target: { value: 'skolkov' } });
    const listbox = screen.getByRole('listbox', { name: 'Search results' });
    const entities = within(listbox).getByRole('group', { name: 'Entities' });
    expect(within(entities).getAllByRole('option')[0]?.textContent).toContain('Skolkovo Foundation');
    expect(within(listbox).getByRole('group', { name: 'Agreements' })).toBeTruthy();
    const total = within(listbox).getAllByRole('option').length;
    expect(screen.getByRole('status').textContent).toBe(`${total} results for “skolkov”`);
  });

  it('says when nothing matches', () => {
    const { box } = renderSearchPanel();
    fireEvent.input(box, { target: { value: 'qqqxxzz' } });
    expect(screen.getByRole('status').textContent).toBe('No results for “qqqxxzz”');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });

  it('moves through results with the arrow keys, keeping focus in the box, and opens one with Enter', () => {
    const { box, onChoose } = renderSearchPanel({ initialQuery: 'singapore' });
    box.focus();
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(2);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = screen.getAllByRole('option')[1]!;
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    expect(screen.getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('false');
    expect(document.activeElement).toBe(box);
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    // Wraps round to the last result.
    expect(box.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option').at(-1)!.id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onChoose).toHaveBeenCalledWith({ type: 'entity', id: index.search('singapore').entities[0]!.id });
  });

  it('opens a result on click, with its type', () => {
    const { box, onChoose } = renderSearchPanel();
    fireEvent.input(box, { target: { value: 'deepfake' } });
    const articles = screen.getByRole('group', { name: 'Articles' });
    fireEvent.click(within(articles).getAllByRole('option')[0]!);
    expect(onChoose).toHaveBeenCalledWith({ type: 'article', id: 'article:f34926f776e3fa80' });
  });
});

// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { EmptyState, type EmptyStateProps } from '../../../components/empty-state';

function renderEmptyState(props: EmptyStateProps) {
  return render(<EmptyState {...props} />);
}

afterEach(cleanup);

describe('EmptyState', () => {
  it('says in plain words that a page cannot be read, and why', () => {
    renderEmptyState({ reason: 'unreadable' });
    expect(screen.getByText('Backstory cannot read this page')).toBeTruthy();
    expect(screen.getByText(/Browser pages, extension stores, PDFs/)).toBeTruthy();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers the slotted add-page flow when nothing known is on the page', () => {
    renderEmptyState({ reason: 'nothing-found', children: <button type="button">Add this page</button> });
    expect(screen.getByText('Nothing known on this page')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add this page' })).toBeTruthy();
  });

  it('announces progress while scanning', () => {
    renderEmptyState({ reason: 'scanning' });
    expect(screen.getByRole('status').textContent).toContain('Reading this page…');
  });
});

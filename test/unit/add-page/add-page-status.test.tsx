// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddPageStatus, type AddPageStatusProps } from '../../../components/add-page/add-page-status';

function renderAddPageStatus(props: Partial<AddPageStatusProps> = {}) {
  const onAdd = vi.fn();
  render(<AddPageStatus phase="idle" onAdd={onAdd} {...props} />);
  return { onAdd };
}

afterEach(cleanup);

describe('AddPageStatus', () => {
  it('offers a button named exactly "Add this page"', () => {
    const { onAdd } = renderAddPageStatus();
    fireEvent.click(screen.getByRole('button', { name: 'Add this page' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('announces reading as a status, with nothing to press twice', () => {
    renderAddPageStatus({ phase: 'extracting' });
    expect(screen.getByRole('status').textContent).toBe('Reading the article on this page…');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says plainly when the page has no article, and offers to try again', () => {
    const { onAdd } = renderAddPageStatus({ phase: 'no-article', message: 'No article found on this page: it has too little text to add.' });
    expect(screen.getByRole('status').textContent).toBe('No article found on this page: it has too little text to add.');
    expect(screen.queryByRole('alert')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onAdd).toHaveBeenCalled();
  });

  it('reports a failure as an alert', () => {
    renderAddPageStatus({ phase: 'error', message: 'Backstory cannot read this page. Nothing was added.' });
    expect(screen.getByRole('alert').textContent).toBe('Backstory cannot read this page. Nothing was added.');
  });

  it('announces the last change with an Undo, and can be disabled on unreadable pages', () => {
    const onUndo = vi.fn();
    renderAddPageStatus({ notice: 'Removed “Ocean MoU” from your dataset.', onUndo, disabled: true });
    expect(screen.getByRole('status').textContent).toBe('Removed “Ocean MoU” from your dataset.');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect((screen.getByRole('button', { name: 'Add this page' }) as HTMLButtonElement).disabled).toBe(true);
  });
});

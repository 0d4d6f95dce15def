// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AddPageSlot, type AddPagePanelProps } from '../../../lib/panel/add-page-panel';
import type { AddPage } from '../../../lib/panel/use-add-page';
import { MOU_DATASET } from './mou-fixture';

const SAVED = MOU_DATASET.articles[0]!;
const BUNDLED_ONLY = { ...MOU_DATASET, articles: [] };

function idleAddPage(): AddPage {
  return {
    phase: 'idle',
    review: null,
    message: null,
    notice: null,
    saved: null,
    canUndo: false,
    busy: false,
    start: vi.fn(async () => {}),
    dispatch: vi.fn(),
    save: vi.fn(async () => null),
    cancel: vi.fn(),
    previewRemoval: vi.fn(async () => null),
    remove: vi.fn(async () => true),
    undo: vi.fn(async () => true),
  };
}

function renderSlot(props: Partial<AddPagePanelProps>) {
  const addPage = idleAddPage();
  const all: AddPagePanelProps = { addPage, dataset: MOU_DATASET, pageUrl: SAVED.url!, readable: true, startAtOnce: false, ...props };
  const view = render(<AddPageSlot {...all} />);
  return { addPage, rerender: (next: Partial<AddPagePanelProps>) => view.rerender(<AddPageSlot {...all} {...next} />) };
}

afterEach(cleanup);

describe("AddPageSlot while the reader's dataset is being read", () => {
  it('does not start adding a page asked for at once until the dataset is read, and then not a page already saved', () => {
    const { addPage, rerender } = renderSlot({ dataset: BUNDLED_ONLY, datasetLoading: true, startAtOnce: true });
    expect(addPage.start).not.toHaveBeenCalled();
    expect((screen.getByRole('button', { name: 'Add this page' }) as HTMLButtonElement).disabled).toBe(true);
    rerender({ dataset: MOU_DATASET, datasetLoading: false });
    expect(addPage.start).not.toHaveBeenCalled();
    expect(screen.getByRole('region', { name: SAVED.title })).toBeTruthy();
  });

  it('starts adding a page not yet saved once the dataset is read', () => {
    const { addPage, rerender } = renderSlot({ dataset: BUNDLED_ONLY, datasetLoading: true, startAtOnce: true, pageUrl: 'https://news.example.org/new-story' });
    expect(addPage.start).not.toHaveBeenCalled();
    rerender({ dataset: MOU_DATASET, datasetLoading: false });
    expect(addPage.start).toHaveBeenCalledOnce();
  });
});

// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetTools, type DatasetToolsProps, type ImportPreview } from '../../../components/add-page/dataset-tools';

const PLAN: ImportPreview = {
  counts: { new: { entities: 12, agreements: 3, articles: 1, hidden: 0 }, identical: 4, conflicts: 1 },
  conflicts: [
    { kind: 'entity', id: 'org:nimr', name: 'Nordic Institute for Marine Robotics', mine: 'Norwegian research institute for underwater robotics', theirs: 'Marine robotics institute in Trondheim' },
  ],
};

function renderDatasetTools(props: Partial<DatasetToolsProps> = {}) {
  const callbacks = {
    onExport: vi.fn<DatasetToolsProps['onExport']>(),
    onPlanImport: vi.fn<DatasetToolsProps['onPlanImport']>(async () => PLAN),
    onApplyImport: vi.fn<DatasetToolsProps['onApplyImport']>(async () => PLAN.counts),
  };
  render(<DatasetTools {...callbacks} {...props} />);
  return callbacks;
}

function pickFile(name = 'backstory-export.json', text = '{"format":"backstory"}') {
  const input = screen.getByLabelText(/^Import/) as HTMLInputElement;
  const file = new File([text], name, { type: 'application/json' });
  Object.defineProperty(input, 'files', { configurable: true, value: [file] });
  fireEvent.change(input);
  return file;
}

afterEach(cleanup);

describe('DatasetTools', () => {
  it('exports the reader’s layer, everything, or FollowTheMoney entities', () => {
    const { onExport } = renderDatasetTools();
    fireEvent.click(screen.getByRole('button', { name: 'Export my additions' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    fireEvent.click(screen.getByRole('button', { name: 'Export as FollowTheMoney' }));
    expect(onExport.mock.calls).toEqual([['mine'], ['all'], ['ftm']]);
  });

  it('reports a failed export as an alert', async () => {
    renderDatasetTools({ onExport: vi.fn(async () => Promise.reject(new Error('the download was blocked'))) });
    fireEvent.click(screen.getByRole('button', { name: 'Export everything' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The export failed: the download was blocked. Your dataset is unchanged.');
  });

  it('has a file input labelled "Import a Backstory file" that accepts JSON', () => {
    renderDatasetTools();
    const input = screen.getByLabelText('Import a Backstory file') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toContain('.json');
  });

  it('shows the plan with counts and conflicts before applying, then applies with the chosen resolution', async () => {
    const { onPlanImport, onApplyImport } = renderDatasetTools();
    const file = pickFile();
    expect(onPlanImport).toHaveBeenCalledWith(file);
    expect(screen.getByRole('status').textContent).toBe('Checking “backstory-export.json”…');
    expect(await screen.findByText('“backstory-export.json” is a valid Backstory file: 12 new entities, 3 new agreements, 1 new article; 4 entries you already have.')).toBeTruthy();
    const conflict = within(screen.getByRole('list', { name: 'Entries that differ' })).getByRole('listitem');
    expect(conflict.textContent).toBe(
      'Entity: Nordic Institute for Marine RoboticsMineNorwegian research institute for underwater roboticsThe file’sMarine robotics institute in Trondheim',
    );
    const choice = screen.getByRole('group', { name: 'For entries that differ' });
    expect((within(choice).getByRole('radio', { name: 'Keep mine' }) as HTMLInputElement).checked).toBe(true);
    expect(onApplyImport).not.toHaveBeenCalled();
    fireEvent.click(within(choice).getByRole('radio', { name: 'Use the file’s' }));
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(onApplyImport).toHaveBeenCalledWith('use-imported');
    expect((await screen.findByText('Imported “backstory-export.json”: 12 new entities, 3 new agreements, 1 new article; 4 entries you already have.')).getAttribute('role')).toBe('status');
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
  });

  it('keeps the reader’s entries unless told otherwise, and says when nothing conflicts', async () => {
    const counts = { new: { entities: 0, agreements: 0, articles: 0, hidden: 2 }, identical: 0, conflicts: 0 };
    const { onApplyImport } = renderDatasetTools({ onPlanImport: vi.fn(async () => ({ counts, conflicts: [] })) });
    pickFile();
    expect(await screen.findByText('“backstory-export.json” is a valid Backstory file: 2 bundled items removed.')).toBeTruthy();
    expect(await screen.findByText('Nothing in it conflicts with your dataset.')).toBeTruthy();
    expect(screen.queryByRole('radio')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Apply import' }));
    expect(onApplyImport).toHaveBeenCalledWith('keep-mine');
  });

  it('reports an invalid file in plain words with the bad field’s path, and applies nothing', async () => {
    const { onApplyImport } = renderDatasetTools({ onPlanImport: vi.fn(async () => ({ error: 'entities.3.id: must look like org:cnrs' })) });
    pickFile('broken.json');
    expect((await screen.findByRole('alert')).textContent).toBe(
      '“broken.json” cannot be imported: entities.3.id: must look like org:cnrs. Nothing was imported; your dataset is unchanged.',
    );
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect(onApplyImport).not.toHaveBeenCalled();
  });

  it('reports a failed apply as an alert', async () => {
    renderDatasetTools({ onApplyImport: vi.fn(async () => ({ error: 'storage is full' })) });
    pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Apply import' }));
    expect((await screen.findByRole('alert')).textContent).toBe('The import failed: storage is full. Nothing was imported; your dataset is unchanged.');
  });

  it('cancels a planned import and returns focus to the file input', async () => {
    const { onApplyImport } = renderDatasetTools();
    pickFile();
    fireEvent.click(await screen.findByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('button', { name: 'Apply import' })).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Import a Backstory file'));
    expect(onApplyImport).not.toHaveBeenCalled();
  });

  it('shows only the latest file when two are picked in quick succession', async () => {
    let releaseFirst: (plan: ImportPreview) => void = () => {};
    const onPlanImport = vi.fn<DatasetToolsProps['onPlanImport']>((file) =>
      file.name === 'first.json' ? new Promise((resolve) => (releaseFirst = resolve)) : Promise.resolve({ ...PLAN, conflicts: [] }),
    );
    renderDatasetTools({ onPlanImport });
    pickFile('first.json');
    pickFile('second.json');
    await screen.findByText(/^“second\.json” is a valid/);
    releaseFirst(PLAN);
    await waitFor(() => expect(onPlanImport).toHaveBeenCalledTimes(2));
    await Promise.resolve();
    expect(screen.queryByText(/first\.json/)).toBeNull();
  });
});

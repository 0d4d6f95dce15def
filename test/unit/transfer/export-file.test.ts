import { describe, expect, it } from 'vitest';
import { mergeDataset } from '../../../lib/merge-dataset';
import { createExportFile, ExportFile, exportFileName } from '../../../lib/transfer/export-file';
import { EMPTY_USER_LAYER } from '../../../lib/user-layer';
import { deepFreeze, EXPORTED_AT, readerLayer, seedDataset } from './transfer-fixtures';

deepFreeze(seedDataset);
deepFreeze(readerLayer);

describe('createExportFile', () => {
  it("exports the reader's layer as it is stored, in a versioned, dated envelope", () => {
    const text = createExportFile('mine', readerLayer, seedDataset, EXPORTED_AT);
    const file = ExportFile.parse(JSON.parse(text));
    expect(file).toMatchObject({ format: 'backstory-dataset', version: 1, scope: 'mine', exportedAt: '2026-11-21T10:15:00.000Z' });
    expect(file.layer).toEqual(readerLayer);
  });

  it('writes pretty JSON a reader can look into', () => {
    const text = createExportFile('mine', EMPTY_USER_LAYER, seedDataset, EXPORTED_AT);
    expect(text).toContain('\n  "format": "backstory-dataset",\n');
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('exports everything the reader sees for "all": bundled items, their corrections, nothing hidden', () => {
    const file = ExportFile.parse(JSON.parse(createExportFile('all', readerLayer, seedDataset, EXPORTED_AT)));
    const seen = mergeDataset(seedDataset, readerLayer);
    expect(file.scope).toBe('all');
    expect(file.layer.hidden).toEqual([]);
    expect(file.layer.entities).toEqual(seen.entities);
    expect(file.layer.agreements).toEqual(seen.agreements);
    expect(file.layer.articles).toEqual(seen.articles);
    expect(file.layer.entities.some((e) => e.id === 'org:ecritel')).toBe(false);
    expect(file.layer.entities.find((e) => e.id === 'org:inria')?.description).toMatch(/quantum lab/);
    expect(file.layer.articles.length).toBe(seedDataset.articles.length + 1);
  });
});

describe('exportFileName', () => {
  it("names the file after the scope and the reader's local date", () => {
    expect(exportFileName('mine', new Date(2026, 10, 21, 23, 59))).toBe('backstory-mine-2026-11-21.json');
    expect(exportFileName('all', new Date(2027, 0, 5, 0, 1))).toBe('backstory-all-2027-01-05.json');
  });
});

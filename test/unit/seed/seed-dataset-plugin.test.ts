import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { seedDatasetPlugin } from '../../../lib/build/seed-dataset-plugin';
import { Dataset } from '../../../lib/dataset-schema';
import { SEED_DIR } from './read-seeds';

const RESOLVED_ID = '\0virtual:backstory/seed-dataset';
const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A copy of seeds/ whose curation text is `edit`ed, loaded through the plugin as Vite would. */
function loadFromCopy(edit: (curation: string) => string): unknown {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-seeds-'));
  dirs.push(dir);
  for (const name of readdirSync(SEED_DIR)) copyFileSync(join(SEED_DIR, name), join(dir, name));
  writeFileSync(join(dir, 'curation.json'), edit(readFileSync(join(dir, 'curation.json'), 'utf8')));
  const plugin = seedDatasetPlugin(dir);
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string | undefined;
  return load.call({ addWatchFile: () => undefined }, RESOLVED_ID);
}

describe('seedDatasetPlugin', () => {
  it('exposes the validated seed dataset as a module', () => {
    const code = loadFromCopy((text) => text);
    expect(typeof code).toBe('string');
    const [datasetLine, indexLine] = String(code).split('\n');
    const json = datasetLine!.replace(/^export default /, '').replace(/;$/, '');
    expect(Dataset.parse(JSON.parse(json)).articles).toHaveLength(3);
    const seedIndex = JSON.parse(indexLine!.replace(/^export const seedIndex = /, '').replace(/;$/, ''));
    expect(seedIndex.index.ids).toContain('org:cnrs');
  });

  it('fails the build with the DataError message on a bad curation', () => {
    expect(() => loadFromCopy((text) => text.replace('"name": "Microsoft"', '"name": ""'))).toThrow(
      /^seeds\/curation\.json: entities\[\d+\]\.name: must not be empty$/,
    );
  });
});

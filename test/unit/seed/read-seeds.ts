import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { SeedInput } from '../../../lib/seed/build-seed-dataset';

export const SEED_DIR = resolve(import.meta.dirname, '../../../seeds');
export const CURATION_FILE = 'seeds/curation.json';

/** The real seeds, named as the build plugin names them. */
export function readSeeds(): SeedInput {
  const files = readdirSync(SEED_DIR).filter((name) => name.endsWith('.txt')).sort();
  return {
    articles: files.map((file) => ({ file: `seeds/${file}`, text: readFileSync(join(SEED_DIR, file), 'utf8') })),
    curation: { file: CURATION_FILE, text: readFileSync(join(SEED_DIR, 'curation.json'), 'utf8') },
  };
}

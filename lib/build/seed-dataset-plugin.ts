import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { buildSeedDataset } from '../seed/build-seed-dataset';
import { buildAliasIndex } from '../match/alias-index';
import { datasetStamp } from '../dataset-stamp';

const MODULE_ID = 'virtual:backstory/seed-dataset';
const RESOLVED_ID = '\0' + MODULE_ID;

/**
 * Runs the seed pipeline at build time and exposes the validated dataset, and its compiled alias
 * index, as a virtual module.
 * A bad seed or curation entry fails the build with the file, the field and the reason.
 */
export function seedDatasetPlugin(seedDir = resolve(import.meta.dirname ?? '.', '../../seeds')): Plugin {
  return {
    name: 'backstory-seed-dataset',
    resolveId(id) {
      return id === MODULE_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readdirSync(seedDir).filter((name) => name.endsWith('.txt')).sort();
      for (const name of files) this.addWatchFile(join(seedDir, name));
      const curationPath = join(seedDir, 'curation.json');
      this.addWatchFile(curationPath);
      const { dataset, report } = buildSeedDataset({
        articles: files.map((file) => ({ file: `seeds/${file}`, text: readFileSync(join(seedDir, file), 'utf8') })),
        curation: { file: 'seeds/curation.json', text: readFileSync(curationPath, 'utf8') },
      });
      const f = (n: number) => n.toFixed(2);
      const { entities, agreements } = report.extraction;
      console.info(
        `seed dataset: ${report.entities} entities (${report.aliases} aliases), ${report.agreements} agreements, ${report.articles} articles; ` +
          `extraction vs curation: organisations and people P=${f(entities.precision)} R=${f(entities.recall)}, agreements P=${f(agreements.precision)} R=${f(agreements.recall)}`,
      );
      // The seed's alias index is compiled here, once, rather than in every browser profile.
      const seedIndex = { stamp: datasetStamp(dataset), index: buildAliasIndex(dataset.entities, dataset.agreements) };
      return `export default ${JSON.stringify(dataset)};\nexport const seedIndex = ${JSON.stringify(seedIndex)};`;
    },
  };
}

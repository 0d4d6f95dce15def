import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Agreement, Entity } from '../../lib/dataset-schema';
import { buildAliasIndex, type CompactIndex } from '../../lib/match/alias-index';
import { buildSeedDataset } from '../../lib/seed/build-seed-dataset';
import { newsPage } from './news-page';
import { syntheticEntities } from './synthetic-entities';

/**
 * The bench's data, prepared in Node as the extension prepares it off the page: each dataset's
 * alias index (what content scripts receive), the same aliases as plain strings for mark.js, and
 * generated pages that name the dataset's entities.
 */

export interface BenchDataset {
  name: string;
  entities: number;
  /** Patterns in the index: names, aliases and derived surnames. */
  aliasCount: number;
  index: CompactIndex;
  /** The index's alias texts, deduplicated, for mark.js. */
  aliases: string[];
  page(chars: number, head: string): string;
}

/** The texts alias-index.ts compiles for an entity: name, aliases, and a person's derived surname. */
function aliasTexts(entity: Entity): string[] {
  const texts = [entity.name, ...entity.aliases.map((alias) => alias.text)];
  const hasSingleWordAlias = entity.kind === 'person' && entity.aliases.some((alias) => !/\s/.test(alias.text.trim()));
  if (entity.kind === 'person' && !hasSingleWordAlias) {
    const words = entity.name.split(/\s+/).filter((word) => /\p{L}/u.test(word));
    const last = words.at(-1);
    if (words.length >= 2 && last && last.length >= 2) texts.push(last);
  }
  return texts;
}

function dataset(name: string, entities: Entity[], agreements: Agreement[], pageSeed: number): BenchDataset {
  const index = buildAliasIndex(entities, agreements);
  return {
    name,
    entities: entities.length,
    aliasCount: index.aliasCount,
    index,
    aliases: [...new Set(entities.flatMap(aliasTexts))],
    page: (chars, head) => newsPage({ entities, chars, seed: pageSeed + chars, head }),
  };
}

export function benchDatasets(repoRoot: string): BenchDataset[] {
  const seedDir = join(repoRoot, 'seeds');
  const files = readdirSync(seedDir).filter((file) => file.endsWith('.txt')).sort();
  const { dataset: seed } = buildSeedDataset({
    articles: files.map((file) => ({ file: `seeds/${file}`, text: readFileSync(join(seedDir, file), 'utf8') })),
    curation: { file: 'seeds/curation.json', text: readFileSync(join(seedDir, 'curation.json'), 'utf8') },
  });
  const small = syntheticEntities(340);
  const large = syntheticEntities(10_000);
  return [
    dataset('seed', seed.entities, seed.agreements, 1),
    dataset('synthetic 340', small.entities, small.agreements, 2),
    dataset('synthetic 10k', large.entities, large.agreements, 3),
  ];
}

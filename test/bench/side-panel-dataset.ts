import type { Dataset } from '../../lib/dataset-schema';
import { syntheticDataset } from '../../lib/query/synthetic-dataset';

/**
 * The reader's views' bench data, made in the page (the generator is deterministic, so every run
 * and every page measures the same data): the seed dataset every reader has, plus a synthetic
 * reader's layer of 10,000 entities and 5,000 articles (DESIGN.md's scale), and the page the reader
 * is on, naming about thirty of them.
 */
export const SYNTHETIC_ENTITIES = 10_000;
export const SYNTHETIC_ARTICLES = 5_000;
const SEED = 11;
const PAGE_ENTITIES = 30;

export interface BenchPage {
  url: string;
  title: string;
  /** entityId → mentions, as the content script reports them. */
  counts: Record<string, number>;
}

export function panelBenchDataset(seed: Dataset): Dataset {
  const synthetic = syntheticDataset({ seed: SEED, entities: SYNTHETIC_ENTITIES, articles: SYNTHETIC_ARTICLES });
  const seedIds = new Set(seed.entities.map((entity) => entity.id));
  return {
    version: seed.version,
    // The synthetic countries reuse the seed's ids (country:fr…): the seed's own are kept.
    entities: [...seed.entities, ...synthetic.entities.filter((entity) => !seedIds.has(entity.id))],
    agreements: [...seed.agreements, ...synthetic.agreements],
    articles: [...seed.articles, ...synthetic.articles],
  };
}

/**
 * A page naming the organisations and people of the synthetic articles read in turn, until thirty
 * are named: entities that appear in the news, so related coverage and agreements have work to do.
 */
export function benchPage(dataset: Dataset): BenchPage {
  const kinds = new Map(dataset.entities.map((entity) => [entity.id, entity.kind]));
  const counts: Record<string, number> = {};
  for (const article of dataset.articles) {
    if (!article.id.startsWith('article:synthetic-')) continue;
    for (const [id, count] of Object.entries(article.mentions)) {
      if (Object.keys(counts).length >= PAGE_ENTITIES) break;
      if (kinds.get(id) !== 'country') counts[id] = (counts[id] ?? 0) + count;
    }
    if (Object.keys(counts).length >= PAGE_ENTITIES) break;
  }
  return { url: 'https://news.example.org/2025/06/bench-story', title: 'Bench story: thirty names in the news', counts };
}

/**
 * A reader's typo of a synthetic person's name, halfway through the dataset: the surname loses a
 * letter ("Kalover Minsel" → "kalover minel").
 */
export function typoQuery(dataset: Dataset): { query: string; name: string } {
  const people = dataset.entities.filter((entity) => entity.kind === 'person' && entity.id.startsWith('person:synthetic-'));
  const name = people[people.length >> 1]!.name;
  const [first, last] = name.toLowerCase().split(' ') as [string, string];
  const at = last.length >> 1;
  return { query: `${first} ${last.slice(0, at)}${last.slice(at + 1)}`, name };
}

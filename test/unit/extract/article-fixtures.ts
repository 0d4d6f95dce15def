import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SourceDate } from '../../../lib/dataset-schema';
import type { CuratedForScoring } from '../../../lib/extract/score-extraction';
import { slugify } from '../../../lib/extract/slugify';

/** One hand-written article and what a careful reader would extract from it. */
export interface ArticleFixture {
  name: string;
  text: string;
  publishedAt?: SourceDate;
  expected: {
    entities: { name: string; kind: 'org' | 'person' | 'country'; country?: string; aliases: string[] }[];
    agreements: { title: string; type: string; parties: string[]; signatories: string[]; date?: string }[];
  };
}

const DIR = join(import.meta.dirname, '../../fixtures/articles');

export function loadArticleFixtures(): ArticleFixture[] {
  return readdirSync(DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/, '');
      const json = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as ArticleFixture['expected'] & { publishedAt?: SourceDate };
      return {
        name,
        text: readFileSync(join(DIR, file), 'utf8'),
        ...(json.publishedAt ? { publishedAt: json.publishedAt } : {}),
        expected: { entities: json.entities, agreements: json.agreements },
      };
    });
}

/** The expected lists in the shape the scorer reads, ids made from names. */
export function expectedAsCuration(fixture: ArticleFixture): CuratedForScoring {
  const idOf = (name: string): string => {
    const entity = fixture.expected.entities.find((e) => e.name === name);
    if (!entity) throw new Error(`${fixture.name}: party "${name}" is not among the expected entities`);
    return `${entity.kind}:${slugify(entity.name)}`;
  };
  return {
    entities: fixture.expected.entities.map((e) => ({
      id: `${e.kind}:${slugify(e.name)}`,
      kind: e.kind,
      name: e.name,
      aliases: e.aliases.map((text) => ({ text, strength: 'strong' as const })),
    })),
    agreements: fixture.expected.agreements.map((a, i) => ({
      id: `agreement:${fixture.name}-${i}`,
      title: a.title,
      parties: a.parties.map(idOf),
    })),
  };
}

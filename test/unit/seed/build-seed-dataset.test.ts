import { describe, expect, it } from 'vitest';
import { buildSeedDataset, SEED_ADDED_AT, type SeedInput } from '../../../lib/seed/build-seed-dataset';
import { formatCuration, parseCuration } from '../../../lib/seed/curation-format';
import type { Curation } from '../../../lib/seed/curation-schema';
import { DataError } from '../../../lib/seed/data-error';
import { CURATION_FILE, readSeeds } from './read-seeds';

const seeds = readSeeds();
const A0 = 'article:ab959db86a84e8a3';
const A1 = 'article:f7b2a1f71644b363';
const A2 = 'article:f34926f776e3fa80';

/** The real seeds with the curation edited by `edit`. */
function withCuration(edit: (curation: Curation) => void, input: SeedInput = seeds): SeedInput {
  const curation = parseCuration(input.curation.text, CURATION_FILE);
  edit(curation);
  return { ...input, curation: { ...input.curation, text: formatCuration(curation) } };
}

function buildError(input: SeedInput): DataError {
  try {
    buildSeedDataset(input);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected the build to fail');
}

const indexOf = <T extends { id: string }>(items: T[], id: string): number => items.findIndex((item) => item.id === id);

describe('buildSeedDataset on the real seeds', () => {
  const { dataset, report } = buildSeedDataset(seeds);

  it('keeps every seed article verbatim, as a seed, with a reproducible addedAt', () => {
    expect(dataset.articles.map((a) => a.id).sort()).toEqual([A0, A2, A1].sort());
    for (const article of dataset.articles) {
      const file = seeds.articles.find((seed) => seed.file.includes(article.id.slice('article:'.length)));
      expect(article.text).toBe(file?.text);
      expect(article.origin).toBe('seed');
      expect(article.addedAt).toBe(SEED_ADDED_AT);
    }
    expect(JSON.stringify(buildSeedDataset(seeds).dataset)).toBe(JSON.stringify(dataset));
  });

  it('carries the curated metadata and says what is missing', () => {
    const byId = new Map(dataset.articles.map((a) => [a.id, a]));
    expect(byId.get(A0)?.missing).toContain('headline');
    expect(byId.get(A1)?.publishedAt?.value).toBe('2021-12-09');
    expect(byId.get(A2)?.author).toBe('Liam Carter');
    for (const article of dataset.articles) expect(article.url).toBeUndefined();
  });

  it('counts mentions per article with the matcher', () => {
    const byId = new Map(dataset.articles.map((a) => [a.id, a.mentions]));
    expect(byId.get(A0)?.['org:mindef']).toBeGreaterThanOrEqual(4);
    expect(byId.get(A0)?.['org:cnrs']).toBeGreaterThanOrEqual(5);
    expect(byId.get(A1)?.['person:vladislav-fedulov']).toBe(1);
    expect(byId.get(A1)?.['org:dassault-systemes']).toBe(1);
    expect(byId.get(A2)?.['person:vivian-balakrishnan']).toBeGreaterThanOrEqual(7);
    expect(byId.get(A2)?.['org:mindef']).toBeUndefined();
  });

  it('sets each entity\'s sources to exactly the articles that mention it', () => {
    for (const entity of dataset.entities) {
      const mentioning = dataset.articles.filter((a) => (a.mentions[entity.id] ?? 0) > 0).map((a) => a.id);
      expect(entity.sources, entity.id).toEqual(mentioning);
    }
    const sources = new Map(dataset.entities.map((e) => [e.id, e.sources]));
    expect(sources.get('country:sg')).toEqual(expect.arrayContaining([A0, A2]));
    expect(sources.get('org:inria')).toEqual([A1]);
  });

  it('reports the size of what it built', () => {
    expect(report).toMatchObject({
      articles: 3,
      entities: dataset.entities.length,
      agreements: dataset.agreements.length,
      aliases: dataset.entities.reduce((n, e) => n + e.aliases.length, 0),
    });
    expect(report.entities).toBeGreaterThanOrEqual(50);
  });

  it("reports the extraction pipeline's quality against the curation, at the issue's targets", () => {
    const { entities, agreements } = report.extraction;
    console.log(`seed extraction: entities P=${entities.precision.toFixed(2)} R=${entities.recall.toFixed(2)}; agreements P=${agreements.precision.toFixed(2)} R=${agreements.recall.toFixed(2)}`);
    expect(entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(entities.precision).toBeGreaterThanOrEqual(0.8);
    expect(agreements.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('buildSeedDataset on a broken curation', () => {
  const curation = parseCuration(seeds.curation.text, CURATION_FILE);
  const jointLab = indexOf(curation.agreements, 'agreement:fr-sg-ai-joint-lab');
  const cnrs = indexOf(curation.entities, 'org:cnrs');
  const petit = indexOf(curation.entities, 'person:antoine-petit');

  it('names a party that does not exist', () => {
    const error = buildError(withCuration((c) => (c.agreements[jointLab]!.parties[0] = 'org:nowhere')));
    expect(error.message).toBe(`seeds/curation.json: agreements[${jointLab}].parties[0]: refers to unknown entity "org:nowhere"`);
    expect([error.file, error.field]).toEqual([CURATION_FILE, `agreements[${jointLab}].parties[0]`]);
  });

  it('names an agreement quote that is not in its article', () => {
    const error = buildError(withCuration((c) => (c.agreements[jointLab]!.evidence[1]!.quote = 'The countries will establish a Joint Lab.')));
    expect(error.message).toBe(
      `seeds/curation.json: agreements[${jointLab}].evidence[1].quote: quote not found verbatim in the text of ${A0}`,
    );
  });

  it('names a role quote whose spaces differ from the seed (non-breaking spaces count)', () => {
    const sportisse = indexOf(curation.entities, 'person:bruno-sportisse');
    const error = buildError(withCuration((c) => {
      const evidence = c.entities[sportisse]!.roles[0]!.evidence;
      evidence.quote = evidence.quote.replace(/\u00a0/g, ' ');
    }));
    expect(error.field).toBe(`entities[${sportisse}].roles[0].evidence.quote`);
  });

  it('names an empty name and an empty alias', () => {
    expect(buildError(withCuration((c) => (c.entities[cnrs]!.name = '  '))).message).toBe(
      `seeds/curation.json: entities[${cnrs}].name: must not be empty`,
    );
    expect(buildError(withCuration((c) => (c.entities[3]!.aliases[0]!.text = ''))).message).toBe(
      'seeds/curation.json: entities[3].aliases[0].text: must not be empty',
    );
  });

  it('names an id of the wrong shape', () => {
    expect(buildError(withCuration((c) => (c.entities[cnrs]!.id = 'Org:CNRS'))).message).toBe(
      `seeds/curation.json: entities[${cnrs}].id: must look like org:cnrs, person:chan-heng-kee or country:fr`,
    );
    expect(buildError(withCuration((c) => (c.entities[cnrs]!.id = 'person:cnrs'))).reason).toBe('prefix does not match kind "org"');
  });

  it('names duplicate ids and duplicate aliases', () => {
    expect(buildError(withCuration((c) => (c.entities[cnrs + 1]!.id = 'org:cnrs'))).message).toBe(
      `seeds/curation.json: entities[${cnrs + 1}].id: duplicates entities[${cnrs}].id "org:cnrs"`,
    );
    const error = buildError(withCuration((c) => c.entities[cnrs]!.aliases.push({ text: 'CNRS', strength: 'weak' })));
    expect(error.field).toBe(`entities[${cnrs}].aliases[${curation.entities[cnrs]!.aliases.length}].text`);
    expect(error.reason).toMatch(/^duplicates aliases\[0\]/);
  });

  it('names a role at an unknown organisation and evidence from an unknown article', () => {
    expect(buildError(withCuration((c) => (c.entities[petit]!.roles[0]!.orgId = 'org:cnrs-typo'))).field).toBe(
      `entities[${petit}].roles[0].orgId`,
    );
    expect(buildError(withCuration((c) => (c.entities[petit]!.roles[0]!.evidence.articleId = 'article:0000'))).message).toBe(
      `seeds/curation.json: entities[${petit}].roles[0].evidence.articleId: refers to unknown article "article:0000"`,
    );
  });

  it('names a signatory who signs for someone not party to the agreement', () => {
    const error = buildError(withCuration((c) => (c.agreements[jointLab]!.signatories[0]!.onBehalfOf = 'org:cnrs')));
    expect(error.message).toBe(
      `seeds/curation.json: agreements[${jointLab}].signatories[0].onBehalfOf: "org:cnrs" is not one of the parties`,
    );
  });

  it('fails when a curated file is absent or a seed is not curated', () => {
    const withoutFirst = { ...seeds, articles: seeds.articles.filter((a) => !a.file.endsWith('000_ab959db86a84e8a3.txt')) };
    expect(buildError(withoutFirst).message).toBe('seeds/curation.json: articles[0].file: no seed article named "000_ab959db86a84e8a3.txt"');
    const extra = { ...seeds, articles: [...seeds.articles, { file: 'seeds/003_abcdef.txt', text: 'New.' }] };
    expect(buildError(extra).message).toBe('seeds/003_abcdef.txt: has no entry in seeds/curation.json articles');
  });
});

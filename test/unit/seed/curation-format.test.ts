import { describe, expect, it } from 'vitest';
import { formatCuration, parseCuration } from '../../../lib/seed/curation-format';
import { DataError } from '../../../lib/seed/data-error';

const FILE = 'seeds/curation.json';
const minimal = {
  articles: [],
  entities: [
    {
      id: 'org:cnrs',
      kind: 'org',
      name: 'CNRS',
      aliases: [{ text: 'Centre national de la recherche scientifique', strength: 'strong', lang: 'fr' }],
      description: 'French national research organisation.',
      country: 'fr',
      roles: [],
    },
  ],
  agreements: [],
};

function reasonFor(value: unknown): DataError {
  try {
    parseCuration(JSON.stringify(value), FILE);
  } catch (error) {
    if (error instanceof DataError) return error;
    throw error;
  }
  throw new Error('expected a DataError');
}

describe('parseCuration / formatCuration', () => {
  it('round-trips a minimal curation', () => {
    const text = JSON.stringify(minimal, null, 2) + '\n';
    expect(formatCuration(parseCuration(text, FILE))).toBe(text);
  });

  it('names the file, the field and the reason', () => {
    const bad = structuredClone(minimal);
    bad.entities[0]!.aliases[0]!.text = ' ';
    const error = reasonFor(bad);
    expect(error.message).toBe('seeds/curation.json: entities[0].aliases[0].text: must not be empty');
    expect([error.file, error.field, error.reason]).toEqual([FILE, 'entities[0].aliases[0].text', 'must not be empty']);
  });

  it('rejects misspelt keys instead of dropping them', () => {
    const bad = structuredClone(minimal) as { entities: Record<string, unknown>[] };
    bad.entities[0]!['descripton'] = 'typo';
    expect(reasonFor(bad).message).toMatch(/^seeds\/curation\.json: entities\[0\]: .*descripton/);
  });

  it('reports text that is not JSON', () => {
    expect(() => parseCuration('{ "articles": [', FILE)).toThrow(/^seeds\/curation\.json: is not valid JSON/);
  });
});

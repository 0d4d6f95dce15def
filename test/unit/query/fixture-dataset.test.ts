import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from './fixture-dataset';

// The fixture stands in for the seed build's output; like the seed build, it must quote its sources verbatim.
const seedsDir = join(import.meta.dirname, '../../../seeds');
const seedTexts = new Map(
  readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .map((name) => [`article:${name.replace(/^\d+_|\.txt$/g, '')}`, readFileSync(join(seedsDir, name), 'utf8')]),
);

describe('fixture dataset', () => {
  const quotes = [
    ...fixtureDataset.agreements.flatMap((agreement) => agreement.evidence),
    ...fixtureDataset.entities.flatMap((entity) => entity.roles.map((role) => role.evidence)),
  ];

  it.each(quotes.map((evidence) => [evidence.articleId, evidence.quote.slice(0, 50), evidence] as const))(
    '%s quotes "%s…" verbatim',
    (_articleId, _start, evidence) => {
      const text = seedTexts.get(evidence.articleId);
      expect(text, `no seed text for ${evidence.articleId}`).toBeDefined();
      expect(text).toContain(evidence.quote);
    },
  );
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractCandidates, type ExtractionResult } from '../../../lib/extract/extract-candidates';
import { combineExtractions as combine } from '../../../lib/extract/combine-extractions';
import { normaliseName } from '../../../lib/extract/normalise-name';
import { scoreExtraction, type ExtractionScore } from '../../../lib/extract/score-extraction';
import { parseCuration } from '../../../lib/seed/curation-format';
import { expectedAsCuration, loadArticleFixtures } from './article-fixtures';

const NO_DATASET = { entities: [], agreements: [] };

function report(label: string, score: { entities: ExtractionScore; agreements: ExtractionScore }): void {
  const f = (n: number): string => n.toFixed(2);
  console.log(
    `${label}: entities P=${f(score.entities.precision)} R=${f(score.entities.recall)}; agreements P=${f(score.agreements.precision)} R=${f(score.agreements.recall)}` +
      (score.entities.missed.length ? `\n  missed: ${score.entities.missed.join('; ')}` : '') +
      (score.entities.spurious.length ? `\n  spurious: ${score.entities.spurious.join('; ')}` : '') +
      (score.agreements.missed.length ? `\n  missed agreements: ${score.agreements.missed.join('; ')}` : '') +
      (score.agreements.spurious.length ? `\n  spurious agreements: ${score.agreements.spurious.join('; ')}` : ''),
  );
}

describe('extraction quality on hand-written fixtures about other subjects', () => {
  const fixtures = loadArticleFixtures();
  const results = fixtures.map((fixture) => {
    const result = extractCandidates({ text: fixture.text, ...(fixture.publishedAt ? { publishedAt: fixture.publishedAt } : {}) }, NO_DATASET);
    return { fixture, result, curated: expectedAsCuration(fixture), score: scoreExtraction(result, expectedAsCuration(fixture)) };
  });

  it('has at least five varied fixtures, one without any agreement', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    expect(fixtures.some((f) => f.expected.agreements.length === 0)).toBe(true);
  });

  it('reaches recall 0.9 and precision 0.8 on organisations and people, recall 0.8 on agreements', () => {
    for (const { fixture, score } of results) report(fixture.name, score);
    // Micro-averaged over all fixtures: per-article figures on ten names move in steps of 0.1.
    const totals = results.reduce(
      (t, { result, score, curated }) => {
        const expectedEntities = curated.entities.filter((e) => e.kind !== 'country').length;
        return {
          proposed: t.proposed + result.entities.length,
          spurious: t.spurious + score.entities.spurious.length,
          expected: t.expected + expectedEntities,
          missed: t.missed + score.entities.missed.length,
          agreements: t.agreements + curated.agreements.length,
          missedAgreements: t.missedAgreements + score.agreements.missed.length,
          proposedAgreements: t.proposedAgreements + result.agreements.length,
          spuriousAgreements: t.spuriousAgreements + score.agreements.spurious.length,
        };
      },
      { proposed: 0, spurious: 0, expected: 0, missed: 0, agreements: 0, missedAgreements: 0, proposedAgreements: 0, spuriousAgreements: 0 },
    );
    const precision = 1 - totals.spurious / totals.proposed;
    const recall = 1 - totals.missed / totals.expected;
    const agreementRecall = 1 - totals.missedAgreements / totals.agreements;
    const agreementPrecision = 1 - totals.spuriousAgreements / Math.max(1, totals.proposedAgreements);
    console.log(`fixtures overall: entities P=${precision.toFixed(2)} R=${recall.toFixed(2)}; agreements P=${agreementPrecision.toFixed(2)} R=${agreementRecall.toFixed(2)}`);
    expect(recall).toBeGreaterThanOrEqual(0.9);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(agreementRecall).toBeGreaterThanOrEqual(0.8);
  });

  it('dates the agreements it finds as the fixtures expect', () => {
    for (const { fixture, result } of results) {
      for (const expected of fixture.expected.agreements.filter((a) => a.date)) {
        const found = result.agreements.find((a) => expected.parties.every((p) => a.parties.some((q) => normaliseName(q.name) === normaliseName(p))));
        expect(found?.date?.value, `${fixture.name}: ${expected.title}`).toBe(expected.date);
      }
    }
  });

  it('proposes no agreement for the article that reports none', () => {
    const none = results.find(({ fixture }) => fixture.expected.agreements.length === 0);
    expect(none?.result.agreements).toEqual([]);
  });
});

describe('extraction quality on the seeds against the curation', () => {
  const seeds = join(import.meta.dirname, '../../../seeds');
  const curation = parseCuration(readFileSync(join(seeds, 'curation.json'), 'utf8'), 'seeds/curation.json');

  it('reaches recall 0.9 and precision 0.8 on organisations and people, recall 0.8 on agreements', () => {
    const results = curation.articles.map((article) =>
      extractCandidates(
        { text: readFileSync(join(seeds, article.file), 'utf8'), ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) },
        NO_DATASET,
      ),
    );
    const score = scoreExtraction(combine(results), curation);
    report('seeds', score);
    expect(score.entities.recall).toBeGreaterThanOrEqual(0.9);
    expect(score.entities.precision).toBeGreaterThanOrEqual(0.8);
    expect(score.agreements.recall).toBeGreaterThanOrEqual(0.8);
  });
});

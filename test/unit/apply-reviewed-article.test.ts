import { describe, expect, it } from 'vitest';
import { applyReviewedArticle } from '../../lib/apply-reviewed-article';
import { mergeDataset } from '../../lib/merge-dataset';
import { previewArticleRemoval, removeArticle } from '../../lib/remove-article';
import { ReviewedArticle } from '../../lib/reviewed-article';
import { buildSeedDataset } from '../../lib/seed/build-seed-dataset';
import { EMPTY_USER_LAYER, UserLayer } from '../../lib/user-layer';
import { readSeeds } from './seed/read-seeds';

const bundled = buildSeedDataset(readSeeds()).dataset;
const NOW = new Date('2026-11-21T12:00:00.000Z');
const TEXT =
  'The Centre for Strategic Futures (CSF) and CNRS signed a memorandum of understanding on Tuesday. ' +
  'CSF head Aditi Rao said the pact would last three years.';

function reviewed(overrides: Partial<ReviewedArticle['article']> = {}): ReviewedArticle {
  return ReviewedArticle.parse({
    article: { url: 'https://news.example/csf-cnrs?utm_source=x', title: 'CSF and CNRS sign MoU', site: 'News Example', text: TEXT, missing: ['author', 'date'], ...overrides },
    entities: [
      {
        action: 'new',
        entity: {
          id: 'org:centre-for-strategic-futures',
          kind: 'org',
          name: 'Centre for Strategic Futures',
          aliases: [{ text: 'CSF', strength: 'weak' }],
          description: 'A think tank (test)',
          roles: [],
        },
      },
      {
        action: 'new',
        entity: {
          id: 'person:aditi-rao',
          kind: 'person',
          name: 'Aditi Rao',
          aliases: [],
          description: 'Head of CSF (test)',
          roles: [{ title: 'Head', orgId: 'org:centre-for-strategic-futures', evidence: { articleId: 'article:placeholder', quote: 'CSF head Aditi Rao said the pact would last three years.' } }],
        },
      },
      { action: 'merge', into: 'org:cnrs', aliases: [{ text: 'C.N.R.S.', strength: 'strong' }], roles: [] },
    ],
    agreements: [],
  });
}

describe('applyReviewedArticle', () => {
  it('adds the article, its new entities and merged aliases, with mentions counted by the matcher', () => {
    const { layer, summary } = applyReviewedArticle(EMPTY_USER_LAYER, bundled, reviewed(), NOW);
    expect(UserLayer.parse(layer)).toEqual(layer);
    expect(summary).toMatchObject({ updated: false, newEntities: 2, mergedEntities: 1, agreements: 0 });
    const article = layer.articles[0]!;
    expect(article.canonicalUrl).toBe('https://news.example/csf-cnrs');
    // The full name once and the weak acronym twice, corroborated by the full name.
    expect(article.mentions).toEqual({ 'org:cnrs': 1, 'org:centre-for-strategic-futures': 3, 'person:aditi-rao': 1 });
    const dataset = mergeDataset(bundled, layer);
    const cnrs = dataset.entities.find((e) => e.id === 'org:cnrs')!;
    expect(cnrs.aliases.map((a) => a.text)).toContain('C.N.R.S.');
    expect(cnrs.sources).toContain(article.id);
    expect(dataset.entities.find((e) => e.id === 'person:aditi-rao')!.sources).toEqual([article.id]);
  });

  it('adding the same URL again updates the article instead of duplicating it', () => {
    const first = applyReviewedArticle(EMPTY_USER_LAYER, bundled, reviewed(), NOW).layer;
    const later = new Date('2026-11-22T08:00:00.000Z');
    const { layer, summary } = applyReviewedArticle(first, bundled, reviewed({ url: 'https://www.news.example/csf-cnrs#top', title: 'CSF and CNRS sign an MoU' }), later);
    expect(summary.updated).toBe(true);
    expect(layer.articles).toHaveLength(1);
    expect(layer.articles[0]!.title).toBe('CSF and CNRS sign an MoU');
    expect(layer.articles[0]!.addedAt).toBe(NOW.toISOString());
    expect(layer.entities.filter((e) => e.id === 'person:aditi-rao')).toHaveLength(1);
  });

  it('refuses an agreement naming an entity that does not exist, changing nothing', () => {
    const bad = reviewed();
    bad.agreements.push({
      id: 'agreement:csf-ghost',
      title: 'CSF and a ghost',
      type: 'memorandum',
      parties: ['org:centre-for-strategic-futures', 'org:ghost'],
      signatories: [],
      status: 'signed',
      topics: [],
      summary: 'x',
      evidence: [{ articleId: 'article:aaaa', quote: 'x' }],
    });
    const layer = structuredClone(EMPTY_USER_LAYER);
    expect(() => applyReviewedArticle(layer, bundled, bad, NOW)).toThrow(/names org:ghost, which is not in your dataset\. Nothing was saved\./);
    expect(layer).toEqual(EMPTY_USER_LAYER);
  });
});

describe('removing an article', () => {
  it('takes the entities only it introduced, and keeps bundled ones', () => {
    const { layer, summary } = applyReviewedArticle(EMPTY_USER_LAYER, bundled, reviewed(), NOW);
    const preview = previewArticleRemoval(layer, bundled, summary.articleId);
    expect(preview.entities.map((e) => e.id).sort()).toEqual(['org:centre-for-strategic-futures', 'person:aditi-rao']);
    const after = mergeDataset(bundled, removeArticle(layer, bundled, summary.articleId));
    expect(after.articles.map((a) => a.id)).not.toContain(summary.articleId);
    expect(after.entities.map((e) => e.id)).not.toContain('person:aditi-rao');
    expect(after.entities.find((e) => e.id === 'org:cnrs')!.sources).not.toContain(summary.articleId);
  });

  it('leaves no copy of a bundled entity behind once its only change is gone', () => {
    // Saving without merging anything into CNRS still lists the article among its sources, so the
    // layer holds a copy of CNRS; removing the article must not leave that copy to mask the bundle.
    const plain = { ...reviewed(), entities: reviewed().entities.filter((e) => e.action === 'new') };
    const { layer, summary } = applyReviewedArticle(EMPTY_USER_LAYER, bundled, plain, NOW);
    expect(layer.entities.map((e) => e.id)).toContain('org:cnrs');
    const removed = removeArticle(layer, bundled, summary.articleId);
    expect(removed.entities.map((e) => e.id)).not.toContain('org:cnrs');
    expect(mergeDataset(bundled, removed)).toEqual(mergeDataset(bundled, EMPTY_USER_LAYER));
  });

  it('hides a bundled article rather than deleting it', () => {
    const seedArticle = bundled.articles[0]!.id;
    const layer = removeArticle(EMPTY_USER_LAYER, bundled, seedArticle);
    expect(layer.hidden).toEqual([seedArticle]);
    const dataset = mergeDataset(bundled, layer);
    expect(dataset.articles.map((a) => a.id)).not.toContain(seedArticle);
    // Agreements whose only evidence was that article leave with it; none points at it any more.
    expect(dataset.agreements.every((a) => a.evidence.every((e) => e.articleId !== seedArticle))).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { initialReviewState, reviewReducer, type ReviewAction } from '../../../lib/add-page/review-state';
import { fallbackDescription, toReviewedArticle } from '../../../lib/add-page/to-reviewed-article';
import { articleIdForUrl } from '../../../lib/article-id';
import type { Dataset } from '../../../lib/dataset-schema';
import { ReviewedArticle } from '../../../lib/reviewed-article';
import { KEYS, MOU_ARTICLE, MOU_DATASET, MOU_EXTRACTION } from './mou-fixture';

const NOW = new Date('2025-03-06T12:00:00Z');
// Tracking parameters and "www." do not make another article.
const ARTICLE_ID = articleIdForUrl('https://news.example.org/ocean/nimr-azores-mou');
const review = (...actions: ReviewAction[]) => actions.reduce(reviewReducer, initialReviewState(MOU_ARTICLE, MOU_EXTRACTION));
const save = (dataset: Dataset = MOU_DATASET, ...actions: ReviewAction[]) => toReviewedArticle(review(...actions), dataset, NOW);

describe('toReviewedArticle', () => {
  it('turns the review as it opens into a valid save of the article, its entities and its agreement', () => {
    const saved = save();
    expect(ReviewedArticle.safeParse(saved).success).toBe(true);
    expect(saved.article).toEqual({
      url: MOU_ARTICLE.url,
      title: MOU_ARTICLE.title,
      site: 'Harbour Science News',
      author: 'Marta Lindqvist',
      publishedAt: MOU_ARTICLE.publishedAt,
      text: MOU_ARTICLE.text,
      missing: [],
    });
    expect(saved.entities).toEqual([
      // "NIMR" and the name are known already: linking adds nothing but the article.
      { action: 'merge', into: 'org:nimr', aliases: [], roles: [] },
      {
        action: 'new',
        entity: {
          id: 'org:azores-centre-for-ocean-data',
          kind: 'org',
          name: 'Azores Centre for Ocean Data',
          aliases: [],
          description: fallbackDescription('org', MOU_ARTICLE.title),
          roles: [],
        },
      },
      {
        action: 'new',
        entity: {
          id: 'person:ana-ferreira',
          kind: 'person',
          name: 'Ana Ferreira',
          aliases: [{ text: 'Ferreira', strength: 'weak' }],
          description: 'President of the Azores Centre for Ocean Data',
          roles: [
            {
              title: 'President',
              orgId: 'org:azores-centre-for-ocean-data',
              evidence: { articleId: ARTICLE_ID, quote: MOU_EXTRACTION.entities[2]!.evidence },
            },
          ],
        },
      },
      {
        action: 'new',
        entity: expect.objectContaining({ id: 'org:tromso-polar-data-office-2', name: 'Tromsø Polar Data Office' }),
      },
    ]);
    expect(saved.agreements).toEqual([
      {
        id: 'agreement:nimr-azores-centre-for-ocean-data-memorandum-of-understanding',
        title: 'NIMR–Azores Centre for Ocean Data memorandum of understanding',
        type: 'memorandum',
        parties: ['org:nimr', 'org:azores-centre-for-ocean-data'],
        signatories: [{ personId: 'person:ana-ferreira', onBehalfOf: 'org:azores-centre-for-ocean-data' }],
        date: { text: '4 March 2025', value: '2025-03-04', precision: 'day' },
        status: 'signed',
        topics: [],
        summary: 'Memorandum of understanding between Nordic Institute for Marine Robotics and Azores Centre for Ocean Data, 4 March 2025.',
        evidence: [{ articleId: ARTICLE_ID, quote: MOU_EXTRACTION.agreements[0]!.evidence }],
      },
    ]);
  });

  it('saves the reader’s edits: names, kind, aliases, description and article fields', () => {
    const saved = save(
      MOU_DATASET,
      { type: 'edit', key: KEYS.azores, patch: { name: ' Azores Ocean Data Centre ', aliases: [{ text: 'AODC', strength: 'strong' }, { text: ' ', strength: 'weak' }, { text: 'aodc', strength: 'weak' }], description: 'Regional data centre' } },
      { type: 'editArticle', patch: { title: 'Ocean MoU signed', author: '', site: 'HSN' } },
    );
    const azores = saved.entities.find((e) => e.action === 'new' && e.entity.name === 'Azores Ocean Data Centre');
    expect(azores).toMatchObject({ entity: { id: 'org:azores-ocean-data-centre', aliases: [{ text: 'AODC', strength: 'strong' }], description: 'Regional data centre' } });
    expect(saved.agreements[0]?.parties).toEqual(['org:nimr', 'org:azores-ocean-data-centre']);
    expect(saved.article).toMatchObject({ title: 'Ocean MoU signed', site: 'HSN', missing: ['author'] });
    expect(saved.article.author).toBeUndefined();
  });

  it('leaves dropped candidates out, and the agreement that lost its party with them', () => {
    const saved = save(MOU_DATASET, { type: 'drop', key: KEYS.azores });
    expect(saved.entities.map((e) => (e.action === 'new' ? e.entity.id : e.into))).toEqual(['org:nimr', 'person:ana-ferreira', 'org:tromso-polar-data-office-2']);
    expect(saved.agreements).toEqual([]);
    // Her role's organisation is no longer saved, so the role names none.
    const ferreira = saved.entities.find((e) => e.action === 'new' && e.entity.id === 'person:ana-ferreira');
    expect(ferreira?.action === 'new' && ferreira.entity.roles[0]?.orgId).toBeUndefined();
  });

  it('merges a candidate into a known entity, its spelling becoming an alias', () => {
    const saved = save(MOU_DATASET, { type: 'merge', key: KEYS.tromso, into: 'org:tromso-polar-data-office' });
    expect(saved.entities.at(-1)).toEqual({ action: 'merge', into: 'org:tromso-polar-data-office', aliases: [{ text: 'Tromsø Polar Data Office', strength: 'strong' }], roles: [] });
  });

  it('keeps new ids unique against the dataset and each other', () => {
    const crowded: Dataset = {
      ...MOU_DATASET,
      entities: [
        ...MOU_DATASET.entities,
        { ...MOU_DATASET.entities[0]!, id: 'org:azores-centre-for-ocean-data', name: 'Another Azores body' },
        { ...MOU_DATASET.entities[0]!, id: 'org:azores-centre-for-ocean-data-2', name: 'Yet another' },
      ],
    };
    const saved = save(crowded, { type: 'edit', key: KEYS.tromso, patch: { name: 'Azores Centre for Ocean Data' } });
    const ids = saved.entities.flatMap((e) => (e.action === 'new' ? [e.entity.id] : []));
    expect(ids).toEqual(['org:azores-centre-for-ocean-data-3', 'person:ana-ferreira', 'org:azores-centre-for-ocean-data-4']);
  });

  it('keeps an agreement id this article already holds, and avoids one another article holds', () => {
    const agreement = { ...save().agreements[0]! };
    const again = save({ ...MOU_DATASET, agreements: [agreement] });
    expect(again.agreements[0]?.id).toBe(agreement.id);
    const other = { ...agreement, evidence: [{ articleId: 'article:0000000000000001', quote: 'Another quote.' }] };
    expect(save({ ...MOU_DATASET, agreements: [other] }).agreements[0]?.id).toBe(`${agreement.id}-2`);
  });

  it('uses the canonical URL for the article id and says which fields the page lacks', () => {
    const state = initialReviewState(
      { ...MOU_ARTICLE, canonicalUrl: 'https://www.example.org/mou', author: undefined, missing: ['author'] },
      MOU_EXTRACTION,
    );
    const saved = toReviewedArticle(reviewReducer(state, { type: 'editArticle', patch: { site: '' } }), MOU_DATASET, NOW);
    expect(saved.article).toMatchObject({ canonicalUrl: 'https://www.example.org/mou', missing: ['site', 'author'] });
    expect(saved.agreements[0]?.evidence[0]?.articleId).toBe(articleIdForUrl('https://example.org/mou'));
  });

  it('calls an agreement announced, not signed, when its date is still to come or the text says it will be', () => {
    expect(toReviewedArticle(review(), MOU_DATASET, new Date('2025-03-01T00:00:00Z')).agreements[0]?.status).toBe('announced');
    const future = { ...MOU_EXTRACTION, agreements: [{ ...MOU_EXTRACTION.agreements[0]!, date: undefined, evidence: 'The memorandum will be signed in May.' }] };
    expect(toReviewedArticle(initialReviewState(MOU_ARTICLE, future), MOU_DATASET, NOW).agreements[0]?.status).toBe('announced');
  });

  it('refuses, in plain words, a review that cannot be saved', () => {
    expect(() => save(MOU_DATASET, { type: 'edit', key: KEYS.ferreira, patch: { name: '' } })).toThrow('A person has no name: give it one or drop it.');
    expect(() => toReviewedArticle(initialReviewState({ ...MOU_ARTICLE, url: 'about:blank' }, MOU_EXTRACTION), MOU_DATASET, NOW)).toThrow(/not a web address/);
  });

  it('keeps names in other scripts under an id the schema accepts', () => {
    const saved = save(MOU_DATASET, { type: 'edit', key: KEYS.azores, patch: { name: 'Морской центр' } }, { type: 'edit', key: KEYS.tromso, patch: { name: 'Полярный офис' } });
    const news = saved.entities.flatMap((e) => (e.action === 'new' && e.entity.kind === 'org' ? [[e.entity.id, e.entity.name]] : []));
    expect(news).toEqual([
      ['org:unnamed', 'Морской центр'],
      ['org:unnamed-2', 'Полярный офис'],
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { articleContributions } from '../../../lib/add-page/article-contributions';
import { findSavedArticle } from '../../../lib/add-page/find-saved-article';
import { articleIdForUrl } from '../../../lib/article-id';
import type { Article } from '../../../lib/dataset-schema';
import { MOU_DATASET } from './mou-fixture';

const saved = MOU_DATASET.articles[0]!;

describe('findSavedArticle', () => {
  it('finds the article for its address however the link was dressed', () => {
    expect(findSavedArticle(MOU_DATASET, 'https://www.news.example.org/arctic/archive/?utm_source=x#comments')?.id).toBe(saved.id);
    expect(findSavedArticle(MOU_DATASET, 'https://news.example.org/arctic/other')).toBeUndefined();
    expect(findSavedArticle(MOU_DATASET, 'chrome://newtab')).toBeUndefined();
  });

  it('finds an article by the id its address gives, and by its canonical address', () => {
    const byId: Article = { ...saved, id: articleIdForUrl('https://example.org/mou'), url: undefined, canonicalUrl: undefined };
    expect(findSavedArticle({ articles: [byId] }, 'https://example.org/mou/')).toBe(byId);
    const byCanonical: Article = { ...saved, canonicalUrl: 'https://example.org/canonical' };
    expect(findSavedArticle({ articles: [byCanonical] }, 'https://example.org/canonical?utm_medium=rss')).toBe(byCanonical);
  });
});

describe('articleContributions', () => {
  it('lists the entities the article is a source of, by name, and the agreements it gives evidence for', () => {
    const agreement = {
      id: 'agreement:nimr-tromso-partnership',
      title: 'NIMR–Tromso partnership',
      type: 'partnership' as const,
      parties: ['org:nimr', 'org:tromso-polar-data-office'],
      signatories: [],
      status: 'announced' as const,
      topics: [],
      summary: 'Partnership.',
      evidence: [{ articleId: saved.id, quote: 'The Tromso Polar Data Office opened with support from NIMR.' }],
    };
    const other = { ...agreement, id: 'agreement:other', evidence: [{ articleId: 'article:ffffffffffffffff', quote: 'Elsewhere.' }] };
    expect(articleContributions({ ...MOU_DATASET, agreements: [agreement, other] }, saved.id)).toEqual({
      entities: [
        { id: 'org:nimr', name: 'Nordic Institute for Marine Robotics', kind: 'org' },
        { id: 'org:tromso-polar-data-office', name: 'Tromso Polar Data Office', kind: 'org' },
      ],
      agreements: [{ id: agreement.id, title: agreement.title }],
    });
    expect(articleContributions(MOU_DATASET, 'article:ffffffffffffffff')).toEqual({ entities: [], agreements: [] });
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parsePageHtml } from '../../../lib/add-page/parse-page-html';
import { readPageForReview } from '../../../lib/add-page/read-page-for-review';
import { initialReviewState } from '../../../lib/add-page/review-state';
import { toReviewedArticle } from '../../../lib/add-page/to-reviewed-article';
import { ReviewedArticle } from '../../../lib/reviewed-article';
import { MOU_DATASET, MOU_HTML, MOU_URL } from './mou-fixture';

describe('parsePageHtml', () => {
  it('runs no script of the page and resolves relative links against its address', () => {
    const document = parsePageHtml(MOU_HTML, MOU_URL);
    expect((globalThis as { stolen?: unknown }).stolen).toBeUndefined();
    // Readability and the metadata reader resolve against baseURI, which the inserted <base> sets.
    expect(document.baseURI).toBe(MOU_URL);
    expect(new URL(document.querySelector('article a')!.getAttribute('href')!, document.baseURI).href).toBe('https://news.example.org/ocean/gliders');
  });

  it('keeps the page’s own base, resolved against its address', () => {
    const document = parsePageHtml('<html><head><base href="/mirror/"></head><body><a href="x">x</a></body></html>', 'https://example.org/a/b');
    expect(document.baseURI).toBe('https://example.org/mirror/');
  });
});

describe('readPageForReview', () => {
  it('reads the article and proposes its candidates, linking the entity the dataset knows', () => {
    const reading = readPageForReview({ url: MOU_URL, html: MOU_HTML }, MOU_DATASET);
    if (!reading.found) throw new Error(reading.message);
    expect(reading.article).toMatchObject({ title: 'Nordic and Azorean ocean researchers sign data-sharing MoU', site: 'Harbour Science News', author: 'Marta Lindqvist' });
    expect(reading.article.text).toContain('Azores Centre for Ocean Data signed a memorandum of understanding');
    expect(reading.article.text).not.toContain('stolen');
    expect(reading.extraction.entities.find((e) => e.knownEntityId === 'org:nimr')).toBeTruthy();
    expect(reading.extraction.entities.map((e) => e.name)).toContain('Azores Centre for Ocean Data');
    expect(reading.extraction.agreements[0]?.type).toBe('memorandum');
    // The whole way from a page to what the background accepts.
    const saved = toReviewedArticle(initialReviewState(reading.article, reading.extraction), MOU_DATASET, new Date('2025-03-06T00:00:00Z'));
    expect(ReviewedArticle.safeParse(saved).success).toBe(true);
    expect(saved.agreements[0]?.parties).toContain('org:nimr');
  });

  it('says plainly when a page has no article', () => {
    const reading = readPageForReview({ url: 'https://news.example.org/', html: '<html><body><nav><a href="/a">Ocean</a> <a href="/b">Arctic</a></nav><h1>Harbour Science News</h1><p>Latest stories.</p></body></html>' }, MOU_DATASET);
    expect(reading).toEqual({ found: false, message: 'No article found on this page: it has too little text to add. Open the article itself and try again.' });
  });

  it('refuses a page that is not on the web', () => {
    const reading = readPageForReview({ url: 'file:///home/reader/mou.html', html: MOU_HTML.replace(/<meta property="og:[^>]*>/g, '') }, MOU_DATASET);
    expect(reading.found).toBe(false);
    expect(!reading.found && reading.message).toMatch(/not on the web/);
  });
});

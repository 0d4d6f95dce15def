import { describe, expect, it } from 'vitest';
import { cleanPageDate } from '../../../lib/extract/clean-page-date';
import { cleanPageText, cleanPageUrl } from '../../../lib/extract/clean-page-text';
import { readJsonLdArticle } from '../../../lib/extract/read-json-ld';
import { readPageMetadata } from '../../../lib/extract/read-page-metadata';
import { parseHtml } from './parse-page-fixture';

const NOW = new Date('2024-06-01T12:00:00Z');

describe('readJsonLdArticle', () => {
  it('finds the article inside @graph and top-level arrays, whatever its position', () => {
    const graph = JSON.stringify({ '@graph': [{ '@type': 'WebPage' }, { '@type': 'NewsArticle', headline: 'In a graph' }] });
    const array = JSON.stringify([{ '@type': 'Organization', name: 'X' }, { '@type': ['Thing', 'ReportageNewsArticle'], headline: 'In an array' }]);
    expect(readJsonLdArticle([graph])?.headline).toBe('In a graph');
    expect(readJsonLdArticle(['{ broken', array])?.headline).toBe('In an array');
  });

  it('reads "__proto__" and "constructor" keys as plain data and pollutes nothing', () => {
    const hostile = '{"@type":"NewsArticle","__proto__":{"headline":"from proto","polluted":1},"constructor":{"prototype":{"polluted":1}},"headline":"Real"}';
    const article = readJsonLdArticle([hostile]);
    expect(article?.headline).toBe('Real');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('ignores fields of the wrong type and drops a 200-author list', () => {
    const authors = Array.from({ length: 200 }, (_, i) => ({ '@type': 'Person', name: `Writer ${i}` }));
    const article = readJsonLdArticle([JSON.stringify({ '@type': 'NewsArticle', headline: { text: 'no' }, name: 7, author: authors, publisher: { name: ['x'] } })]);
    expect(article?.headline).toBeUndefined();
    expect(article?.authors).toEqual([]);
    expect(article?.publisher).toBeUndefined();
  });

  it('keeps a short author list, without duplicates or URLs', () => {
    const article = readJsonLdArticle([JSON.stringify({ '@type': 'NewsArticle', author: ['Ana Lima', { name: 'Ana Lima' }, { name: 'https://example.com/staff' }, { name: 'Bo Chen' }] })]);
    expect(article?.authors).toEqual(['Ana Lima', 'Bo Chen']);
  });
});

describe('cleanPageText and cleanPageUrl', () => {
  it('turns markup, entities and control characters into plain text, and caps the length', () => {
    expect(cleanPageText('<script>x</script><b>Bold</b> &amp; <i>brave</i>\u0007', 100)).toBe('x Bold & brave');
    expect(cleanPageText('a'.repeat(500), 10)).toHaveLength(10);
    expect(cleanPageText('   ', 10)).toBeUndefined();
    expect(cleanPageText(42, 10)).toBeUndefined();
  });

  it('accepts only http(s) URLs, resolved against the page', () => {
    expect(cleanPageUrl('javascript:alert(1)', 'https://a.example/')).toBeUndefined();
    expect(cleanPageUrl('data:text/html,x', 'https://a.example/')).toBeUndefined();
    expect(cleanPageUrl('/story?id=1', 'https://a.example/x/')).toBe('https://a.example/story?id=1');
    expect(cleanPageUrl('https://user:pw@a.example/s')).toBe('https://a.example/s');
  });
});

describe('cleanPageDate', () => {
  it('keeps the calendar day the page wrote, at the precision it wrote', () => {
    expect(cleanPageDate('2024-03-14T23:30:00-05:00', NOW)).toEqual({ text: '2024-03-14T23:30:00-05:00', value: '2024-03-14', precision: 'day' });
    expect(cleanPageDate('2021-11', NOW)).toEqual({ text: '2021-11', value: '2021-11', precision: 'month' });
  });

  it('rejects impossible, ancient, future and non-ISO dates', () => {
    for (const claim of ['2024-02-30', '2023-13-01', '0001-01-01', '2999-01-01', 'yesterday', '14/03/2024', 20240314, null]) {
      expect(cleanPageDate(claim, NOW), String(claim)).toBeUndefined();
    }
  });
});

describe('readPageMetadata', () => {
  it('prefers JSON-LD, then OpenGraph and article tags, then standard metas and <time>', () => {
    const document = parseHtml(`<html><head>
      <meta property="og:title" content="OG title"><meta property="og:site_name" content="The Site">
      <meta name="author" content="Meta Author"><meta name="byline" content="Meta Author">
      <link rel="canonical" href="https://site.example/story">
    </head><body><article><time datetime="2024-05-02">2 May</time></article></body></html>`);
    expect(readPageMetadata(document, 'https://site.example/story?ref=x', NOW)).toEqual({
      title: 'OG title',
      canonicalUrl: 'https://site.example/story',
      site: 'The Site',
      author: 'Meta Author',
      publishedAt: { text: '2024-05-02', value: '2024-05-02', precision: 'day' },
    });
  });

  it('falls through an invalid article:published_time to the next claim', () => {
    const document = parseHtml(`<html><head><meta property="article:published_time" content="2024-02-30">
      <meta name="date" content="2024-02-28"></head><body></body></html>`);
    expect(readPageMetadata(document, 'https://x.example/', NOW).publishedAt?.value).toBe('2024-02-28');
  });
});

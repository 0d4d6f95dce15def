import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../lib/extract/extract-article';
import { parseHtml, parsePageFixture } from './parse-page-fixture';

describe('extractArticle', () => {
  it('reads a news page: JSON-LD metadata, canonical URL resolved, article paragraphs without page furniture', () => {
    const document = parsePageFixture('news-article-json-ld.html');
    const before = document.documentElement.outerHTML;
    const article = extractArticle(document, 'https://sciencewire.example/2024/03/14/japan-eu-quantum-pact');

    expect(article.title).toBe('Japan and EU research bodies sign pact on quantum-safe networks');
    expect(article.canonicalUrl).toBe('https://sciencewire.example/2024/03/14/japan-eu-quantum-pact?utm_source=feed');
    expect(article.site).toBe('Science Wire');
    expect(article.author).toBe('Aiko Mori, Tom Verhoeven');
    expect(article.publishedAt).toEqual({ text: '2024-03-14T09:30:00+09:00', value: '2024-03-14', precision: 'day' });
    expect(article.missing).toEqual([]);
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith("Japan's National Institute of Information and Communications Technology (NICT)"))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('The memorandum was signed in Brussels'))).toBe(true);
    expect(article.text).not.toMatch(/Most read|All rights reserved|Ten gadgets/);
    // Readability ran on a clone: the reader's page is untouched.
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('treats hostile metadata as text: no markup, no script URL, no impossible date, no padded byline', () => {
    const article = extractArticle(parsePageFixture('hostile-metadata.html'), 'https://news.example/minerals');
    expect(article.title).toBe('Ministers agree on minerals&metals group');
    expect(article.title).not.toMatch(/[<>]/);
    expect(article.canonicalUrl).toBeUndefined();
    expect(article.url).toBe('https://news.example/minerals');
    expect(article.publishedAt).toBeUndefined();
    expect(article.author).toBeUndefined();
    expect(article.missing).toEqual(expect.arrayContaining(['date', 'author']));
    expect(article.site).toBe('news.example');
    expect(article.text).toContain('Canada and Mexico will set up a joint working group on critical minerals');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads a page without article markup: blocks as paragraphs, menus and footers left out', () => {
    const article = extractArticle(parsePageFixture('no-article-markup.html'), 'https://press.example/release');
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs).toContain(
      'Danish shipping group A.P. Moller - Maersk and Swedish battery maker Northvolt have agreed to develop battery systems for short-sea container ships.',
    );
    expect(paragraphs).toContain('The partnership was signed in Copenhagen.');
    expect(article.text).not.toMatch(/Investors|press@example.com/);
    // Readability's cleaned title, the page giving no og:title or JSON-LD headline.
    expect(article.title).toBe('Maersk and Northvolt team up');
    expect(article.author).toBe('Press Office');
    expect(article.missing).toEqual(['date']);
  });

  it('says what is missing on a bare page instead of inventing it', () => {
    const article = extractArticle(parseHtml('<html><body><p>Just one line of text.</p></body></html>'), 'about:blank');
    expect(article.text).toBe('Just one line of text.');
    expect(article.missing).toEqual(['headline', 'site', 'author', 'date', 'url']);
  });
});

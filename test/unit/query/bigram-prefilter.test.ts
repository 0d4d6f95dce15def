import { describe, expect, it } from 'vitest';
import { createBigramPrefilter } from '../../../lib/query/bigram-prefilter';
import { safeHttpUrl } from '../../../lib/query/safe-http-url';
import { pageUrlKey } from '../../../lib/query/same-page-url';

describe('createBigramPrefilter', () => {
  const records = [['Skolkovo Foundation'], ['Vivian Balakrishnan', 'Balakrishnan'], ['Ministère des Armées', 'MOAF'], ['Kazan Innopolis University']];
  const prefilter = createBigramPrefilter(records);

  it('keeps records that share most letter pairs with a misspelt query and drops the rest', () => {
    expect(prefilter.candidates('balakrishan', 10)).toEqual([1]);
    expect(prefilter.candidates('skolkov', 10)).toEqual([0]);
    // Accents folded. Loose on purpose: Fuse rejects the stray "University", which shares four pairs.
    expect(prefilter.candidates('ministere', 10)).toContain(2);
    expect(prefilter.candidates('ministere', 10)).not.toContain(0);
  });

  it('returns at most the limit, shortest texts first among equals', () => {
    const many = createBigramPrefilter([['Institute of Long Names and Things'], ['Institute'], ['Institute of Physics']]);
    expect(many.candidates('institute', 2).sort()).toEqual([1, 2]);
    expect(many.candidates('', 2)).toEqual([]);
  });
});

describe('URL helpers', () => {
  it('lets only http(s) URLs through', () => {
    expect(safeHttpUrl('https://example.org/a')).toBe('https://example.org/a');
    expect(safeHttpUrl('http://example.org/')).toBe('http://example.org/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(safeHttpUrl('/relative')).toBeUndefined();
    expect(safeHttpUrl(undefined)).toBeUndefined();
  });

  it('treats URLs differing only in fragment, trailing slash, host case or utm_ tags as one page', () => {
    expect(pageUrlKey('https://Example.org/story/?utm_source=x#top')).toBe(pageUrlKey('https://example.org/story'));
    expect(pageUrlKey('https://example.org/story?id=2')).not.toBe(pageUrlKey('https://example.org/story?id=3'));
  });
});

import { describe, expect, it } from 'vitest';
import { readMainBlocks } from '../../../lib/extract/read-page-blocks';
import { parseHtml, parsePageFixture } from './parse-page-fixture';

describe('readMainBlocks (the fallback when Readability finds nothing)', () => {
  it('takes the main element, one paragraph per block, without furniture', () => {
    const document = parsePageFixture('news-article-json-ld.html');
    const text = readMainBlocks(document);
    expect(text.split('\n\n')[0]).toBe('Japan and EU research bodies sign pact on quantum-safe networks');
    expect(text).toContain('The memorandum was signed in Brussels by NICT president Hideyuki Tokuda');
    expect(text).not.toMatch(/Most read|All rights reserved|Home/);
  });

  it('uses the body when there is no main element and leaves the page untouched', () => {
    const document = parseHtml('<html><body><nav>Menu</nav><div><span>First</span> line.</div><script>var x = 1;</script><div>Second line.</div></body></html>');
    const before = document.body.innerHTML;
    expect(readMainBlocks(document)).toBe('First line.\n\nSecond line.');
    expect(document.body.innerHTML).toBe(before);
  });
});

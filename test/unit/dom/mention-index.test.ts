// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../lib/dom/collect-blocks';
import { indexBlock, spansAt, unindexBlock, type MentionIndex } from '../../../lib/dom/mention-index';

describe('mention index', () => {
  it('splits mentions over the nodes they cross and finds them by caret offset, ends included', () => {
    document.body.innerHTML = '<p>Jean <b>Du</b>pont and Marie Curie</p>';
    const [block] = collectBlocks(document, { isOwnUi: () => false });
    if (block === undefined) throw new Error('no block');
    const [jean, du, pont] = block.nodes as [Text, Text, Text];
    const index: MentionIndex<string> = new WeakMap();
    // "Jean Dupont" 0..11, "Marie Curie" 16..27.
    indexBlock(index, block, [
      { start: 0, end: 11, value: 'jean' },
      { start: 16, end: 27, value: 'marie' },
    ]);
    expect(index.get(jean)).toEqual([{ start: 0, end: 5, value: 'jean' }]);
    expect(index.get(du)).toEqual([{ start: 0, end: 2, value: 'jean' }]);
    expect(index.get(pont)).toEqual([
      { start: 0, end: 4, value: 'jean' },
      { start: 9, end: 20, value: 'marie' },
    ]);
    const values = (node: Text, offset: number): string[] => spansAt(index, node, offset).map((span) => span.value);
    expect(values(pont, 2)).toEqual(['jean']);
    expect(values(pont, 4)).toEqual(['jean']);
    expect(values(pont, 6)).toEqual([]);
    expect(values(pont, 9)).toEqual(['marie']);
    expect(values(pont, 20)).toEqual(['marie']);
    unindexBlock(index, block);
    expect(values(pont, 2)).toEqual([]);
  });
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../lib/dom/collect-blocks';
import { locateOffset, locateRange } from '../../../lib/dom/locate-offset';

describe('locateOffset', () => {
  // text: "Jean " (0-5) "Du" (5-7) "pont" (7-11) <br> gap at 11 "x" (12-13)
  document.body.innerHTML = '<p>Jean <b>Du</b>pont<br>x</p>';
  const [block] = collectBlocks(document, { isOwnUi: () => false });
  if (block === undefined) throw new Error('no block');
  const at = (offset: number, edge: 'start' | 'end'): [string, number] | null => {
    const position = locateOffset(block, offset, edge);
    return position === null ? null : [position.node.data, position.offset];
  };

  it.each([
    [0, 'start', ['Jean ', 0]],
    [2, 'start', ['Jean ', 2]],
    [5, 'start', ['Du', 0]],
    [5, 'end', ['Jean ', 5]],
    [6, 'end', ['Du', 1]],
    [7, 'start', ['pont', 0]],
    [7, 'end', ['Du', 2]],
    [11, 'end', ['pont', 4]],
    [11, 'start', ['x', 0]],
    [12, 'start', ['x', 0]],
    [12, 'end', ['pont', 4]],
    [13, 'end', ['x', 1]],
  ] as const)('offset %i as a range %s → %j', (offset, edge, expected) => {
    expect(at(offset, edge)).toEqual(expected);
  });

  it('maps a mention split over inline elements to the nodes it starts and ends in', () => {
    // "Dupont" is 5..11.
    expect(block.text.slice(5, 11)).toBe('Dupont');
    expect([at(5, 'start'), at(11, 'end')]).toEqual([['Du', 0], ['pont', 4]]);
  });

  it('gives a mention\'s range by the same rules, as a StaticRange init', () => {
    const init = locateRange(block, 5, 11);
    expect(init && [init.startContainer.textContent, init.startOffset, init.endContainer.textContent, init.endOffset]).toEqual(['Du', 0, 'pont', 4]);
    const acrossBreak = locateRange(block, 11, 13);
    expect(acrossBreak && [acrossBreak.startContainer.textContent, acrossBreak.startOffset, acrossBreak.endContainer.textContent, acrossBreak.endOffset]).toEqual(['x', 0, 'x', 1]);
  });
});

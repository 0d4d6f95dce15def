// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from '../../../lib/dom/collect-blocks';
import { compareComposedOrder } from '../../../lib/dom/compare-composed-order';

describe('compareComposedOrder', () => {
  it('agrees with the order the collector walks, across nested shadow roots', () => {
    document.body.innerHTML = '<p>1</p><x-a><p>6 light</p></x-a><p>7</p><div><x-b></x-b><p>10</p></div>';
    const a = (document.querySelector('x-a') as Element).attachShadow({ mode: 'open' });
    a.innerHTML = '<p>2</p><x-c></x-c><p>5</p>';
    const c = (a.querySelector('x-c') as Element).attachShadow({ mode: 'open' });
    c.innerHTML = '<p>3</p><p>4</p>';
    const b = (document.querySelector('x-b') as Element).attachShadow({ mode: 'open' });
    b.innerHTML = '<p>8</p><p>9</p>';
    const blocks = collectBlocks(document, { isOwnUi: () => false });
    expect(blocks.map((block) => block.text.split(' ')[0])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    const firstNodes = blocks.map((block) => block.nodes[0] as Text);
    const shuffled = [...firstNodes].reverse();
    shuffled.push(shuffled.shift() as Text);
    expect(shuffled.sort(compareComposedOrder)).toEqual(firstNodes);
    // A shadow host comes before what its shadow root holds.
    const host = document.querySelector('x-a') as Element;
    expect(compareComposedOrder(host, firstNodes[1] as Text)).toBeLessThan(0);
    expect(compareComposedOrder(firstNodes[1] as Text, host)).toBeGreaterThan(0);
    expect(compareComposedOrder(host, host)).toBe(0);
  });
});

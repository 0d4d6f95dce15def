// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { collectBlocks, enclosingBlock, type TextBlock } from '../../../lib/dom/collect-blocks';

const notOwnUi = (): boolean => false;
const summary = (blocks: TextBlock[]): [string, string][] => blocks.map((b) => [b.element.localName, b.text]);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('collectBlocks', () => {
  it.each([
    ['a name split over inline elements', '<p>Jean <b>Du</b>pont met <a href="#"><em>Chan</em> <span>Heng</span></a> Kee</p>', [['p', 'Jean Dupont met Chan Heng Kee']]],
    ['a <br> counts as a space', '<p>Jean<br>Dupont</p>', [['p', 'Jean Dupont']]],
    ['a leading <br> adds nothing', '<p><br>Jean</p>', [['p', 'Jean']]],
    ['sibling blocks stay apart', '<h1>Title</h1><p>One</p><ul><li>Two</li><li>Three</li></ul>', [['h1', 'Title'], ['p', 'One'], ['li', 'Two'], ['li', 'Three']]],
    ['a nested block splits its parent into runs, in document order', '<div>before <p>inside</p> after</div>', [['div', 'before '], ['p', 'inside'], ['div', ' after']]],
    ['table cells are blocks', '<table><tr><td>A</td><td>B</td></tr></table>', [['td', 'A'], ['td', 'B']]],
    ['whitespace-only runs are dropped', '<div>\n  <p>x</p>\n</div>', [['p', 'x']]],
    ['code, scripts and controls are skipped', '<p>a<code>Jean</code>b</p><pre>Jean</pre><script>var Jean</script><style>p{}</style><noscript>Jean</noscript><template>Jean</template><textarea>Jean</textarea><select><option>Jean</option></select><button>Jean</button><p>c</p>', [['p', 'ab'], ['p', 'c']]],
    ['svg text is skipped', '<p>a<svg><text>Jean</text></svg>b</p>', [['p', 'ab']]],
    ['editable regions are skipped unless contenteditable=false', '<div contenteditable>x</div><div contenteditable="true">y</div><div contenteditable="plaintext-only">z</div><div contenteditable="false">kept</div>', [['div', 'kept']]],
    ['hidden and aria-hidden text is skipped', '<p>a<span hidden>x</span>b</p><p hidden>y</p><p aria-hidden="true">z</p><p aria-hidden="false">kept</p>', [['p', 'ab'], ['p', 'kept']]],
    ['ruby annotations are skipped', '<p><ruby>漢<rt>kan</rt>字<rp>(</rp></ruby></p>', [['p', '漢字']]],
  ])('%s', (_name, html, expected) => {
    document.body.innerHTML = html;
    expect(summary(collectBlocks(document, { isOwnUi: notOwnUi }))).toEqual(expected);
  });

  it('records where each text node starts in the block text', () => {
    document.body.innerHTML = '<p>Jean <b>Du</b>pont<br>x</p>';
    const [block] = collectBlocks(document, { isOwnUi: notOwnUi });
    expect(block?.nodes.map((node) => node.data)).toEqual(['Jean ', 'Du', 'pont', 'x']);
    expect(block?.starts).toEqual([0, 5, 7, 12]);
  });

  it('skips the extension’s own UI', () => {
    document.body.innerHTML = '<p>page</p><div id="backstory-ui"><p>card text</p></div>';
    const isOwnUi = (element: Element): boolean => element.id === 'backstory-ui';
    expect(summary(collectBlocks(document, { isOwnUi }))).toEqual([['p', 'page']]);
  });

  it('walks open shadow roots in document order and reports them', () => {
    document.body.innerHTML = '<p>first</p><x-card>light</x-card><p>last <x-name></x-name> end</p>';
    const card = document.querySelector('x-card') as Element;
    const cardRoot = card.attachShadow({ mode: 'open' });
    cardRoot.innerHTML = '<p>shadow one</p><p>shadow two</p>';
    const name = document.querySelector('x-name') as Element;
    const nameRoot = name.attachShadow({ mode: 'open' });
    nameRoot.innerHTML = 'Jean <b>Dupont</b>';
    const seen: ShadowRoot[] = [];
    const blocks = collectBlocks(document, { isOwnUi: notOwnUi, onShadowRoot: (root) => seen.push(root) });
    expect(summary(blocks)).toEqual([
      ['p', 'first'],
      ['p', 'shadow one'],
      ['p', 'shadow two'],
      ['body', 'light'],
      // An inline custom element's shadow text joins the paragraph around it.
      ['p', 'last Jean Dupont end'],
    ]);
    expect(seen).toEqual([cardRoot, nameRoot]);
  });

  it('reads a 3,000-level-deep page without recursion', () => {
    let inline: Element = document.createElement('p');
    document.body.append(inline);
    for (let depth = 0; depth < 3000; depth++) {
      const child = document.createElement(depth % 2 === 0 ? 'span' : 'b');
      inline.append(child);
      inline = child;
    }
    inline.append('Jean ', document.createElement('br'), 'Dupont');
    let block: Element = document.body;
    for (let depth = 0; depth < 3000; depth++) {
      const child = document.createElement('div');
      block.append(child);
      block = child;
    }
    block.append('deep');
    expect(summary(collectBlocks(document, { isOwnUi: notOwnUi }))).toEqual([['p', 'Jean  Dupont'], ['div', 'deep']]);
  });

  it('walks a 100,000-level-deep detached tree (far past any call-stack depth)', () => {
    const root = document.createElement('div');
    let current: Element = root;
    for (let depth = 0; depth < 100_000; depth++) {
      const child = document.createElement('span');
      current.appendChild(child);
      current = child;
    }
    current.appendChild(document.createTextNode('deepest'));
    expect(summary(collectBlocks(root, { isOwnUi: notOwnUi }))).toEqual([['div', 'deepest']]);
  });

  it('scope "own" reads only the block’s own runs; "nested" only the blocks inside', () => {
    document.body.innerHTML = '<div id="d">a <span>b <p>c</p></span> d</div>';
    const div = document.getElementById('d') as Element;
    const span = document.querySelector('span') as Element;
    expect(summary(collectBlocks(div, { isOwnUi: notOwnUi, scope: 'own' }))).toEqual([['div', 'a b '], ['div', ' d']]);
    expect(summary(collectBlocks(span, { isOwnUi: notOwnUi, scope: 'nested' }))).toEqual([['p', 'c']]);
    expect(summary(collectBlocks(div, { isOwnUi: notOwnUi, scope: 'nested' }))).toEqual([['div', 'a b '], ['p', 'c'], ['div', ' d']]);
  });
});

describe('enclosingBlock', () => {
  it('finds the nearest block across inline elements and shadow roots, and null in skipped regions', () => {
    document.body.innerHTML = '<p id="p">a <b><i id="i">x</i></b></p><pre><span id="code">y</span></pre><p><x-host id="host"></x-host></p>';
    const italic = document.getElementById('i') as Element;
    expect(enclosingBlock(italic.firstChild as Node, notOwnUi)).toBe(document.getElementById('p'));
    expect(enclosingBlock(document.getElementById('code') as Node, notOwnUi)).toBeNull();
    const host = document.getElementById('host') as Element;
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<span>z</span>';
    expect(enclosingBlock(root.firstChild as Node, notOwnUi)).toBe(host.parentElement);
    expect(enclosingBlock(document.createElement('p'), notOwnUi)).toBeNull();
  });
});

/**
 * Hostile pages for the end-to-end tests, built here so the Chromium and Firefox files run the same
 * cases. Each builder returns `{ path, html, headers }` (headers: extra response headers) plus
 * what the test needs to know about the page (the names on it, how many mentions it holds).
 *
 * Every page that tries to run script through the extension's views sets `window.__pwned`: the
 * payloads are written so that they only run if someone turns page text into markup.
 */

import { createHash } from 'node:crypto';
import { pointAt } from './reader.mjs';

const PAGE = (title, body, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>${head}</head><body>${body}</body></html>`;

/** Escapes text for an HTML text node or attribute: the payload stays text in the page itself. */
export function escapeHtml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Markup that sets the flag if it ever becomes elements or runs. */
export const PAYLOAD = {
  img: '<img src=x onerror=window.__pwned=1>',
  svg: '<svg onload=window.__pwned=1>',
  script: '<script>window.__pwned=1</script>',
  link: '<a href="javascript:window.__pwned=1">click</a>',
};

/** An organisation's name that is new to the dataset, used as the hostile article's proposed entity. */
export const NEW_ORG = 'Zorbian Institute of Technology';

/**
 * Markup and script in everything a page can hand to "Add this page": <title>, <h1>, byline and
 * author metas, og:site_name, JSON-LD (a headline with an onerror image, `__proto__` and
 * `constructor` keys, invalid dates, 200 authors, a javascript: url), a javascript: canonical link,
 * a data: og:url, and names in the text that are themselves markup or entity-looking (&lt;b&gt;).
 */
export function markupPage() {
  const authors = Array.from({ length: 200 }, (_, i) => `${PAYLOAD.img}Author ${i + 1}`);
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: `${PAYLOAD.img}${NEW_ORG} and CNRS <b>sign</b> ${PAYLOAD.script} pact`,
    datePublished: '2024-02-30T25:61:00Z',
    dateModified: 'not a date',
    author: authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: `${PAYLOAD.svg}Hostile Press` },
    url: 'javascript:window.__pwned=1',
    mainEntityOfPage: 'javascript:window.__pwned=1',
  })
    // JSON.stringify cannot write the keys a page can: put them in by hand.
    .replace(/^\{/, '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},')
    // Inside <script>, "</script>" would end the block: JSON allows "<\/".
    .replace(/<\//g, '<\\/');
  const head = [
    `<link rel="canonical" href="javascript:window.__pwned=1">`,
    `<meta property="og:url" content="${escapeHtml('data:text/html,<script>window.__pwned=1</script>')}">`,
    `<meta property="og:site_name" content="${escapeHtml(`${PAYLOAD.svg}Hostile &amp; Press`)}">`,
    `<meta name="author" content="${escapeHtml(`${PAYLOAD.img}Jane &lt;Doe&gt;`)}">`,
    `<meta name="byline" content="${escapeHtml(`${PAYLOAD.link}`)}">`,
    `<meta property="article:author" content="javascript:window.__pwned=1">`,
    `<meta property="article:published_time" content="2024-13-45">`,
    `<script type="application/ld+json">${jsonLd}</script>`,
    `<script type="application/ld+json">{ not json ${escapeHtml(PAYLOAD.script)}</script>`,
  ].join('\n');
  const text = (s) => escapeHtml(s);
  const body = `
    <header>
      <h1>${text(`${PAYLOAD.img}${NEW_ORG} and CNRS <b>sign</b> ${PAYLOAD.script} pact`)}</h1>
      <p class="byline">By ${text(PAYLOAD.link)} Jane &amp;lt;Doe&amp;gt;</p>
    </header>
    <article>
      <p>PARIS — The ${NEW_ORG} and the French National Centre for Scientific Research (CNRS) signed a memorandum of understanding on 3 March 2024 to set up a joint laboratory on materials science, the two institutions said in a statement ${text(PAYLOAD.img)} on Monday.</p>
      <p>The agreement was signed by Marta Quillfeather, president of the ${NEW_ORG}, and by the head of CNRS, who called it ${text(PAYLOAD.svg)} a milestone. Officials from &amp;lt;b&amp;gt;Acme&amp;lt;/b&amp;gt; Holdings and &amp;#60;i&amp;#62;Bogus&amp;#60;/i&amp;#62; Group, names that look like markup, attended.</p>
      <p>Under the memorandum, researchers from the ${NEW_ORG} will work at CNRS laboratories in Paris and Grenoble for three years, and the two sides will share the results ${text(PAYLOAD.script)} of their work on new alloys and ceramics.</p>
      <p><a href="javascript:window.__pwned=1">Read more</a></p>
    </article>`;
  return {
    path: '/hostile/markup.html',
        // <title> is raw text: its markup is text to the page, and must stay text to the extension.
    html: PAGE(`${PAYLOAD.img}${NEW_ORG} &amp; CNRS ${PAYLOAD.script}`, body, head),
    headers: {},
  };
}

/** The same page with no metadata at all: the review falls back to <title> and <h1>. */
export function bareMarkupPage() {
  const body = `
    <h1>${escapeHtml(`${PAYLOAD.svg}${NEW_ORG} &lt;b&gt;heads&lt;/b&gt; a lab`)}</h1>
    <article>
      <p>GRENOBLE — Researchers of the ${NEW_ORG} ${escapeHtml(PAYLOAD.img)} opened a materials laboratory with Atos and the CNRS on Friday, after two years of talks between the three organisations about alloys, ceramics and the computers that model them.</p>
      <p>The laboratory ${escapeHtml(PAYLOAD.script)} will employ forty researchers from the ${NEW_ORG}, the CNRS and Atos, who will share equipment, results and their students, the partners said in a joint statement issued in Grenoble.</p>
    </article>`;
  return { path: '/hostile/bare-markup.html', html: PAGE(`${PAYLOAD.svg}Bare &lt;title&gt; ${PAYLOAD.script}`, body), headers: {} };
}

/** The strictest Content-Security-Policy a page can send: nothing loads, nothing runs, no style. */
export const STRICT_CSP = "default-src 'none'; style-src 'none'; script-src 'none'";

/**
 * Under STRICT_CSP. Its own inline style and script prove the policy is in force: the paragraph
 * stays the default colour and `window.__inlineRan` stays undefined.
 */
const CSP_OWN_STYLE = 'p { color: rgb(1, 2, 3); }';
const CSP_OWN_SCRIPT = 'window.__inlineRan = 1;';

/**
 * The console errors the strict page's own refused style and script cause, told apart from any the
 * extension could cause by the hashes of the refused content the browser names; and Firefox's
 * report of its own favicon request, which `default-src 'none'` refuses too.
 */
export function isOwnCspViolation(message) {
  const hash = (text) => createHash('sha256').update(text).digest('base64');
  return message.includes(hash(CSP_OWN_STYLE)) || message.includes(hash(CSP_OWN_SCRIPT)) || /\(img-src\) at http:\/\/127\.0\.0\.1:\d+\/favicon\.ico /.test(message);
}

export function strictCspPage() {
  const body = `
    <style>${CSP_OWN_STYLE}</style>
    <script>${CSP_OWN_SCRIPT}</script>
    <h1>Researchers sign up</h1>
    <p>The CNRS and Atos signed an agreement with Linagora on Monday, the three organisations said.</p>
    <p>Atos will host the work; the CNRS will lead it.</p>`;
  return { path: '/hostile/csp.html', html: PAGE('Strict CSP', body), headers: { 'content-security-policy': STRICT_CSP }, mentions: 5 };
}

/**
 * 3,000 elements nested, built by script (the HTML parser flattens nesting past 512): 2,000 <div>s,
 * then 1,000 <span>s, with Linagora and the CNRS at the bottom and Atos at depth 900 on the way.
 * Chromium's renderer itself crashes on 3,000 nested blocks (checked without the extension), so
 * the last thousand levels are inline; Firefox lays out nothing deeper than about 1,000 levels
 * (also without the extension), so only the name at depth 900 can be seen and hovered there.
 */
export function deepPage(blocks = 2000, inlines = 1000, midway = 900) {
  const script = `
    let parent = document.getElementById('top');
    for (let i = 0; i < ${blocks + inlines}; i++) {
      const element = document.createElement(i < ${blocks} ? 'div' : 'span');
      parent.append(element);
      parent = element;
      if (i === ${midway}) {
        const note = document.createElement('span');
        note.id = 'midway';
        note.textContent = 'Atos spoke on the way down.';
        parent.append(note);
      }
    }
    const bottom = document.createElement('span');
    bottom.id = 'bottom';
    bottom.textContent = 'At the very bottom, Linagora signed with the CNRS.';
    parent.append(bottom);`;
  return { path: '/hostile/deep.html', html: PAGE('Deep', `<div id="top"></div><script>${script}</script>`), headers: {}, depth: blocks + inlines, mentions: 3 };
}

/** 100,000 elements: 20,000 list items of five elements each; every 400th names Atos. */
export function manyElementsPage(items = 20_000, every = 400) {
  const rows = [];
  for (let i = 0; i < items; i++) {
    const name = i % every === 0 ? ' Atos' : '';
    rows.push(`<li><span>Item ${i}</span> <b>bold</b> <i>it${name}</i> <a href="#${i}">link</a></li>`);
  }
  return { path: '/hostile/many.html', html: PAGE('Many elements', `<ul>${rows.join('')}</ul>`), headers: {}, elements: items * 5, mentions: Math.ceil(items / every) };
}

/** Latin filler that names no one in the dataset. */
const FILLER = 'lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor incididunt ut labore et dolore magna aliqua enim ad minim veniam quis nostrud exercitation ullamco laboris nisi aliquip ex ea commodo consequat duis aute irure in reprehenderit voluptate velit esse cillum fugiat nulla pariatur'.split(' ');

/** About `megabytes` MB of text in 1,000-character paragraphs, one in ten naming the CNRS. */
export function bigTextPage(megabytes = 5) {
  const paragraphs = Math.round((megabytes * 1_000_000) / 1_000);
  const words = [];
  for (let length = 0, i = 0; length < 990; i++) {
    const word = FILLER[(i * 7) % FILLER.length];
    words.push(word);
    length += word.length + 1;
  }
  const filler = words.join(' ');
  const rows = [];
  let mentions = 0;
  for (let i = 0; i < paragraphs; i++) {
    if (i % 10 === 0) {
      rows.push(`<p>${filler.slice(0, 480)} the CNRS said ${filler.slice(0, 490)}</p>`);
      mentions++;
    } else rows.push(`<p>${filler}</p>`);
  }
  const html = PAGE('Five megabytes', rows.join('\n'));
  return { path: '/hostile/big.html', html, headers: {}, mentions, characters: paragraphs * 1_000 };
}

/** Strong names of the seed dataset, each one mention wherever it appears. */
const CHURN_NAMES = ['CNRS', 'Atos', 'Linagora', 'Dassault Systèmes'];

/**
 * A page that rewrites itself from a `setInterval(…, 10)` for `seconds`: each tick rewrites one
 * paragraph's text, replaces another paragraph with a new element, and touches an attribute, so
 * the extension sees hundreds of mutations a second. Every paragraph names exactly two
 * organisations at all times, so the page holds `mentions` mentions throughout. On each tick the
 * page samples the total size of Backstory's highlights; the results are in `window.__churn`.
 */
export function churnPage(seconds = 5, paragraphs = 20) {
  const script = `
    const names = ${JSON.stringify(CHURN_NAMES)};
    const line = (n) => 'Tick ' + n + ': ' + names[n % 4] + ' met ' + names[(n + 1) % 4] + ' to talk about the lab.';
    const box = document.getElementById('box');
    for (let i = 0; i < ${paragraphs}; i++) { const p = document.createElement('p'); p.textContent = line(i); box.append(p); }
    const total = () => { let sum = 0; for (const [name, h] of CSS.highlights) if (name !== 'backstory-focus' && name.startsWith('backstory-')) sum += h.size; return sum; };
    const churn = window.__churn = { ticks: 0, maxTotal: 0, nonZeroSamples: 0, samples: 0, elapsed: 0, done: false };
    const start = performance.now();
    const timer = setInterval(() => {
      const n = ++churn.ticks;
      const t = total();
      churn.samples++;
      if (t > 0) churn.nonZeroSamples++;
      if (t > churn.maxTotal) churn.maxTotal = t;
      box.children[n % ${paragraphs}].firstChild.data = line(n);
      const fresh = document.createElement('p');
      fresh.textContent = line(n + 2);
      box.replaceChild(fresh, box.children[(n * 7) % ${paragraphs}]);
      box.setAttribute('data-tick', String(n));
      churn.elapsed = performance.now() - start;
      if (churn.elapsed >= ${seconds * 1000}) { clearInterval(timer); churn.done = true; }
    }, 10);`;
  return {
    path: '/hostile/churn.html',
    html: PAGE('Churn', `<h1>Live</h1><div id="box"></div><script>${script}</script>`),
    headers: {},
    seconds,
    mentions: paragraphs * 2,
  };
}

/** A custom element whose open shadow root holds a name. */
export function shadowPage() {
  const script = `
    customElements.define('news-quote', class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<style>p { font: 18px serif; }</style><p id="inner">Inside the component, Linagora answered.</p>';
      }
    });`;
  return {
    path: '/hostile/shadow.html',
    html: PAGE('Shadow', `<p>Outside, the CNRS spoke first.</p><news-quote></news-quote><script>${script}</script>`),
    headers: {},
  };
}

/** A same-origin iframe naming Atos, in a top page naming the CNRS. */
export function iframePages() {
  return {
    frame: { path: '/hostile/frame-inner.html', html: PAGE('Inner', '<p>Inside the frame, Atos and Linagora met.</p>'), headers: {} },
    top: {
      path: '/hostile/frame-top.html',
      html: PAGE('Frame', '<p>On the top page, the CNRS met the press.</p><iframe id="inner" src="/hostile/frame-inner.html" width="600" height="200"></iframe>'),
      headers: {},
    },
  };
}

/** SVG <text> naming Atos beside a paragraph naming the CNRS. */
export function svgPage() {
  const svg = '<svg width="500" height="80" xmlns="http://www.w3.org/2000/svg"><text x="10" y="40" font-size="20">In the chart, Atos leads.</text></svg>';
  return { path: '/hostile/svg.html', html: PAGE('SVG', `<p>The CNRS published a chart.</p>${svg}`), headers: {} };
}

/** Arabic and Hebrew paragraphs with Latin names inside. */
export function rtlPage() {
  const body = `
    <p dir="rtl" lang="ar">وقّعت مؤسسة Linagora اتفاقاً مع الباحثين في باريس يوم الاثنين.</p>
    <p dir="rtl" lang="he">חוקרי CNRS חתמו על הסכם שיתוף פעולה חדש השבוע.</p>`;
  return { path: '/hostile/rtl.html', html: PAGE('RTL', body, '<meta name="viewport" content="width=device-width">'), headers: {}, mentions: 2 };
}

/** Page scripts that break built-ins before any content script runs (they run at parse time). */
export const BUILTIN_SABOTAGE = `
  Array.prototype.map = null;
  JSON.parse = () => 1;
  Object.defineProperty(Node.prototype, 'textContent', { get() { throw 1; } });
  window.Map = undefined;
  CSS.highlights.set = () => { throw 1; };`;

/**
 * The built-ins sabotaged before Backstory runs. Playwright's own main-world helpers (evaluate,
 * waitForFunction, and in Firefox boundingBox) need the Map this page removes, so the page reports
 * itself in attributes a locator reads from Playwright's isolated world: `data-sabotaged` (the
 * sabotage took), `data-name-point` ("x,y" on the name to hover) and `data-highlights` (the total
 * of Backstory's highlights, every 50 ms).
 */
export function sabotagePage() {
  const script = `
    const registry = CSS.highlights;
    const root = document.documentElement;
    ${BUILTIN_SABOTAGE}
    let broken = Array.prototype.map === null && window.Map === undefined && JSON.parse('{}') === 1;
    try { document.body; document.createTextNode('x').textContent; broken = false; } catch { /* the getter throws: broken */ }
    root.setAttribute('data-sabotaged', String(broken));
    const lead = document.getElementById('lead').firstChild;
    const range = document.createRange();
    range.setStart(lead, 0);
    range.setEnd(lead, 'Linagora'.length);
    const box = range.getBoundingClientRect();
    root.setAttribute('data-name-point', (box.left + 12) + ',' + (box.top + box.height / 2));
    setInterval(() => {
      let sum = 0;
      for (const [name, highlight] of registry) if (name !== 'backstory-focus' && name.startsWith('backstory-')) sum += highlight.size;
      root.setAttribute('data-highlights', String(sum));
    }, 50);`;
  return {
    path: '/hostile/builtins.html',
    html: PAGE('Built-ins', `<p id="lead">Linagora and the CNRS signed, despite the page.</p><script>${script}</script>`),
    headers: {},
    mentions: 2,
  };
}

/**
 * Run in a page or an extension page (`page.evaluate(findInjected, where)`): every element in
 * `where` ('document'; 'card' for the hover card's shadow root; 'popup' for the toolbar popup, seen
 * from another extension page in Chromium) that page text could only have
 * become by being parsed as markup: an element with an on* handler attribute, an image whose source
 * is `x`, an inline script, an <svg> or <img> the extension does not draw, a link that is not
 * http(s). Written without Array.prototype.map, JSON or Map, which hostile pages break.
 */
export function findInjected(where) {
  const root =
    where === 'card'
      ? document.querySelector('backstory-ui')?.shadowRoot
      : where === 'popup'
        ? globalThis.chrome?.extension?.getViews({ type: 'popup' })[0]?.document
        : document;
  if (!root) return ['no ' + where];
  const found = [];
  const describe = (element) => element.outerHTML.slice(0, 120);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) if (/^on/i.test(attribute.name)) found.push(describe(element));
    const tag = element.localName;
    if (tag === 'img' && /(^|\/)x$/.test(element.getAttribute('src') ?? '')) found.push(describe(element));
    if (tag === 'script' && !element.src) found.push(describe(element));
    if (tag === 'b' || tag === 'i') found.push(describe(element));
    if (tag === 'a' && element.hasAttribute('href') && !/^https?:\/\//.test(element.getAttribute('href'))) found.push(describe(element));
  }
  return found;
}

/** Run in a page: the total size of Backstory's mention highlights (the focus highlight aside). */
export function highlightTotal() {
  let sum = 0;
  for (const [name, highlight] of CSS.highlights) if (name !== 'backstory-focus' && name.startsWith('backstory-')) sum += highlight.size;
  return sum;
}

/** Run in a page: how many mention ranges lie in `where` ('shadow', 'svg', 'rtl' or 'body'), by the highlight's own ranges. */
export function rangesIn(where) {
  let count = 0;
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'backstory-focus' || !name.startsWith('backstory-')) continue;
    for (const range of highlight) {
      const node = range.startContainer;
      const element = node.parentElement;
      if (where === 'shadow' && node.getRootNode() instanceof ShadowRoot) count++;
      else if (where === 'svg' && element?.closest('svg')) count++;
      else if (where === 'rtl' && element?.closest('[dir=rtl]')) count++;
      else if (where === 'body' && node.getRootNode() === document) count++;
    }
  }
  return count;
}

/**
 * The centre of the first `text` inside the open shadow root of the first `host` element (the
 * reader helpers walk the light DOM only).
 */
export async function pointInShadow(page, host, text) {
  return page.evaluate(
    ({ host, text }) => {
      const root = document.querySelector(host).shadowRoot;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.data.indexOf(text);
        if (at < 0 || node.parentElement.localName === 'style') continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + text.length);
        const box = range.getBoundingClientRect();
        return { x: box.left + Math.min(box.width / 2, 12), y: box.top + box.height / 2 };
      }
      return null;
    },
    { host, text },
  );
}

/**
 * reader.mjs's hover, with the approach kept inside the viewport: it starts 40 px left of and 30 px
 * above the name, which Firefox refuses ("move target out of bounds") for a name near the top.
 */
export async function hoverName(page, text, occurrence = 0) {
  const { x, y } = await pointAt(page, text, occurrence);
  await moveOnto(page, x, y);
}

/** Moves the pointer onto (x, y) from beside it, in a few steps, as a reader would. */
export async function moveOnto(page, x, y) {
  await page.mouse.move(Math.max(1, x - 40), Math.max(1, y - 30));
  await page.mouse.move(x, y, { steps: 4 });
}

/**
 * Run in a page: of the occurrences of `text` whose box is in the viewport, how many start one of
 * Backstory's highlight ranges. On pages over 150,000 characters the highlighter registers only the
 * mentions around the part in view (lib/dom/page-highlighter.ts), so this, not the registry's total,
 * says whether what the reader sees is highlighted.
 */
export function inViewCoverage(text) {
  const starts = new Map();
  for (const [name, highlight] of CSS.highlights) {
    if (name === 'backstory-focus' || !name.startsWith('backstory-')) continue;
    for (const range of highlight) {
      if (!starts.has(range.startContainer)) starts.set(range.startContainer, new Set());
      starts.get(range.startContainer).add(range.startOffset);
    }
  }
  let inView = 0;
  let highlighted = 0;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let at = node.data.indexOf(text); at >= 0; at = node.data.indexOf(text, at + 1)) {
      range.setStart(node, at);
      range.setEnd(node, at + text.length);
      const box = range.getBoundingClientRect();
      if (box.height === 0 || box.bottom <= 0 || box.top >= innerHeight) continue;
      inView++;
      if (starts.get(node)?.has(at)) highlighted++;
    }
  }
  return { inView, highlighted };
}

/** Elements that hold a paragraph of text; the innermost ones become paragraphs. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dt, dd, address, div';
/** Page furniture left out when the text comes straight from the page. */
const FURNITURE = 'script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, button, select, [hidden], [aria-hidden="true"]';

function plain(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** The innermost blocks' text under `root`, one paragraph each, separated by blank lines. */
export function blocksToText(root: Element): string {
  const blocks = [...root.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  const paragraphs = blocks.map((block) => plain(block.textContent)).filter((p) => p !== '');
  if (paragraphs.length > 0) return paragraphs.join('\n\n');
  return plain(root.textContent);
}

/**
 * The page's main content as text, for when Readability finds no article: the `<article>` or
 * `<main>` element (else the body) without navigation, headers, footers, asides, forms and scripts.
 * Works on a copy; the page is not touched.
 */
export function readMainBlocks(document: Document): string {
  const source = document.querySelector('article, main, [role="main"]') ?? document.body;
  if (!source) return '';
  const copy = source.cloneNode(true) as Element;
  for (const element of copy.querySelectorAll(FURNITURE)) element.remove();
  return blocksToText(copy);
}

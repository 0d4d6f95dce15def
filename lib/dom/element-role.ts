/**
 * How the text collector treats an element, decided from its tag name and a few attributes only:
 * reading computed style would force style recalculation on every page we visit.
 */
export type ElementRole = 'skip' | 'block' | 'break' | 'inline';

/**
 * Elements that start a new piece of text. Unknown and custom elements count as inline, which is
 * their default display; a custom element styled as a block merely joins its neighbours' text, which
 * can cost a match at a word boundary but never invents one.
 */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'p',
  'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
]);

/**
 * Never prose a reader wants annotated, or not rendered as text at all:
 * - script, style, template, noscript, head, title: not page text (noscript is only shown with
 *   scripting off, which a page running our content script does not have).
 * - code, pre, kbd, samp: code and terminal output, where a name is an identifier, not a mention.
 * - textarea, input, select, option, button: form controls; a highlight in a control the reader is
 *   typing into or clicking would sit under the caret or a click target.
 * - svg, math, canvas, iframe, object, embed, video, audio: their children are graphics or fallback
 *   content; caret hit-testing inside SVG text is unreliable across browsers.
 * - rt, rp: ruby annotations, which would otherwise split the base text they annotate.
 */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'code', 'pre', 'kbd', 'samp', 'textarea',
  'input', 'select', 'option', 'optgroup', 'datalist', 'button', 'svg', 'math', 'canvas', 'iframe',
  'object', 'embed', 'video', 'audio', 'rt', 'rp', 'slot',
]);

export function elementRole(element: Element, isOwnUi: (element: Element) => boolean): ElementRole {
  const tag = element.localName;
  if (tag === 'br') return 'break';
  if (SKIPPED_TAGS.has(tag) || isHiddenOrEditable(element) || isOwnUi(element)) return 'skip';
  return BLOCK_TAGS.has(tag) ? 'block' : 'inline';
}

/**
 * `hidden` text is not shown; `aria-hidden="true"` text is a visual duplicate of text given elsewhere
 * (drop caps, repeated tickers), so counting it would count a mention twice. Editable regions are
 * skipped because the reader is writing there, not reading; `contenteditable="false"` is an ordinary
 * element. Only attributes are read: `isContentEditable` would force a style recalculation.
 */
function isHiddenOrEditable(element: Element): boolean {
  // Most elements of an article have no attributes at all: one call answers for them.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** The attributes `elementRole` reads, for a MutationObserver's `attributeFilter`. */
export const ROLE_ATTRIBUTES = ['hidden', 'aria-hidden', 'contenteditable'] as const;

/**
 * A page's markup as an inert document: DOMParser runs no script, loads nothing and fires no
 * handler. A `<base>` set to the page's address (or to the page's own base, resolved against it)
 * makes relative links and images resolve as they did on the page.
 */
export function parsePageHtml(html: string, url: string, parser: DOMParser = new DOMParser()): Document {
  const document = parser.parseFromString(html, 'text/html');
  const ownBase = document.querySelector('base[href]')?.getAttribute('href');
  let baseHref = url;
  if (ownBase) {
    try {
      baseHref = new URL(ownBase, url).href;
    } catch {
      // An unreadable base of the page's own is ignored, as browsers do.
    }
  }
  const base = document.createElement('base');
  base.setAttribute('href', baseHref);
  document.head.prepend(base);
  return document;
}

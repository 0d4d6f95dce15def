/**
 * The container of the extension's in-page UI: one element appended to <html> (outside the
 * page's content) holding an open shadow root, so page CSS cannot reach the card and the card's CSS
 * cannot leak. Styles are adopted as a constructed stylesheet and the host is styled through the
 * CSSOM, neither of which a page's Content-Security-Policy can block.
 */
export const CARD_HOST_TAG = 'backstory-ui';

export interface CardHost {
  readonly host: HTMLElement;
  readonly root: ShadowRoot;
  /** Where the card renders. */
  readonly container: HTMLElement;
  /** A polite live region for announcements (keyboard stepping). */
  announce(text: string): void;
  destroy(): void;
}

function adoptStyles(document: Document, root: ShadowRoot, css: string): void {
  const view = document.defaultView;
  try {
    // The page's own constructor: Firefox refuses sheets from a content script's compartment.
    const SheetConstructor = (view as (Window & { CSSStyleSheet: typeof CSSStyleSheet }) | null)?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new SheetConstructor();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [sheet];
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    root.append(style);
  }
}

export function createCardHost(document: Document, css: string): CardHost {
  const host = document.createElement(CARD_HOST_TAG);
  // Positioned through the CSSOM: immune to the page's style-src and to its stylesheets.
  host.style.setProperty('all', 'initial', 'important');
  host.style.setProperty('position', 'fixed', 'important');
  host.style.setProperty('inset', '0 auto auto 0', 'important');
  host.style.setProperty('z-index', '2147483647', 'important');
  host.style.setProperty('width', '0', 'important');
  host.style.setProperty('height', '0', 'important');
  const root = host.attachShadow({ mode: 'open' });
  adoptStyles(document, root, css);
  const container = document.createElement('div');
  container.className = 'backstory-root';
  const live = document.createElement('div');
  live.className = 'backstory-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  root.append(container, live);
  document.documentElement.append(host);
  return {
    host,
    root,
    container,
    announce(text) {
      live.textContent = '';
      // A fresh text node is what screen readers reliably announce.
      live.append(document.createTextNode(text));
    },
    destroy() {
      host.remove();
    },
  };
}

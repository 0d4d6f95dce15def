import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';

/** Parses a saved page into an inert document: no script of the page runs, nothing is fetched. */
export function parsePageFixture(file: string): Document {
  const html = readFileSync(join(import.meta.dirname, '../../fixtures/article-pages', file), 'utf8');
  return parseHtml(html);
}

export function parseHtml(html: string): Document {
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

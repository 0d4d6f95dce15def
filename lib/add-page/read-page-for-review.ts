import type { Dataset } from '../dataset-schema';
import { extractArticle, type ExtractedArticle } from '../extract/extract-article';
import { extractCandidates, type ExtractionResult } from '../extract/extract-candidates';
import { parsePageHtml } from './parse-page-html';
import { reviewArticleId } from './review-article-id';

/**
 * Below this much text a page is a front page, a gallery, a paywall or a stub: there is no article
 * to review, and proposing entities from menus and captions would only be noise.
 */
export const MIN_ARTICLE_CHARACTERS = 300;

export type PageReading =
  | { found: true; article: ExtractedArticle; extraction: ExtractionResult }
  | { found: false; message: string };

/** Reads a page's markup into what the review starts from, or says plainly why there is nothing to add. */
export function readPageForReview(page: { url: string; html: string }, dataset: Pick<Dataset, 'entities' | 'agreements'>, parser?: DOMParser): PageReading {
  const document = parsePageHtml(page.html, page.url, parser);
  const article = extractArticle(document, page.url);
  if (reviewArticleId(article) === null) {
    return { found: false, message: 'This page is not on the web (its address does not start with http or https), so it cannot be added.' };
  }
  if (article.text.trim().length < MIN_ARTICLE_CHARACTERS) {
    return { found: false, message: 'No article found on this page: it has too little text to add. Open the article itself and try again.' };
  }
  const extraction = extractCandidates({ text: article.text, ...(article.publishedAt ? { publishedAt: article.publishedAt } : {}) }, dataset);
  return { found: true, article, extraction };
}

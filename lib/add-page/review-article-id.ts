import { articleIdForUrl, canonicalArticleUrl } from '../article-id';
import type { ExtractedArticle } from '../extract/extract-article';

/**
 * The id the article will have once saved, the one the background gives it too: from the page's
 * canonical URL when it names a web address, else from the address it was read at. Null for a page
 * that is not on the web (a file, a browser page), which cannot be added.
 */
export function reviewArticleId(article: Pick<ExtractedArticle, 'url' | 'canonicalUrl'>): string | null {
  const canonical = (article.canonicalUrl && canonicalArticleUrl(article.canonicalUrl)) || canonicalArticleUrl(article.url);
  return canonical ? articleIdForUrl(canonical) : null;
}

import { articleIdForUrl, canonicalArticleUrl } from '../article-id';
import type { Article, Dataset } from '../dataset-schema';

/**
 * The dataset's article for a page address, if it has one: by the id that address gives, or by an
 * article saved under that address or its canonical one. The side panel then shows the page as
 * saved rather than offering to add it again.
 */
export function findSavedArticle(dataset: Pick<Dataset, 'articles'>, url: string): Article | undefined {
  const canonical = canonicalArticleUrl(url);
  if (!canonical) return undefined;
  const id = articleIdForUrl(canonical);
  return dataset.articles.find(
    (article) =>
      article.id === id ||
      [article.url, article.canonicalUrl].some((address) => address !== undefined && canonicalArticleUrl(address) === canonical),
  );
}

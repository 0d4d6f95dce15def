import type { Article } from '../dataset-schema';
import { formatSourceDate } from './format-source-date';
import { safeHttpUrl } from './safe-http-url';

/** How a source article is cited under a quote: "— Title, Site, date", linked when it has a web address. */
export interface ArticleRef {
  id: string;
  title: string;
  site?: string;
  /** The publication date in words, at the precision the article gives. */
  date?: string;
  /** Only ever an http(s) URL; absent when the article has none. */
  url?: string;
}

export function articleRef(article: Article): ArticleRef {
  const url = safeHttpUrl(article.canonicalUrl) ?? safeHttpUrl(article.url);
  return {
    id: article.id,
    title: article.title,
    ...(article.site ? { site: article.site } : {}),
    ...(article.publishedAt ? { date: formatSourceDate(article.publishedAt) } : {}),
    ...(url ? { url } : {}),
  };
}

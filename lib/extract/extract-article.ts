import { Readability } from '@mozilla/readability';
import type { ARTICLE_FIELDS, SourceDate } from '../dataset-schema';
import { cleanPageText, cleanPageUrl } from './clean-page-text';
import { blocksToText, readMainBlocks } from './read-page-blocks';
import { readPageMetadata } from './read-page-metadata';

/** An article as "Add this page" reads it: plain, cleaned values only. */
export interface ExtractedArticle {
  title: string;
  url: string;
  canonicalUrl?: string;
  site?: string;
  author?: string;
  publishedAt?: SourceDate;
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  /** Metadata the page does not give, said rather than invented. */
  missing: (typeof ARTICLE_FIELDS)[number][];
}

/**
 * Extracts the article in `document` without touching it: Readability works on a clone, metadata
 * comes from the page's own markup (see readPageMetadata), and when Readability finds no article the
 * text falls back to the page's main content blocks. `url` is where the page was loaded from.
 */
export function extractArticle(document: Document, url: string = document.URL): ExtractedArticle {
  const metadata = readPageMetadata(document, url);
  const clone = document.cloneNode(true) as Document;
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element }).parse();
  let text = parsed?.content ? blocksToText(parsed.content) : '';
  if (text.trim() === '') text = readMainBlocks(document);

  const pageUrl = cleanPageUrl(url);
  const title =
    metadata.title ?? cleanPageText(parsed?.title, 300) ?? cleanPageText(document.title, 300) ?? cleanPageText(document.querySelector('h1')?.textContent, 300);
  const site = metadata.site ?? cleanPageText(parsed?.siteName, 120) ?? hostOf(metadata.canonicalUrl ?? pageUrl);
  const author = metadata.author ?? cleanPageText(parsed?.byline, 120);

  const missing: ExtractedArticle['missing'] = [];
  if (!title) missing.push('headline');
  if (!site) missing.push('site');
  if (!author) missing.push('author');
  if (!metadata.publishedAt) missing.push('date');
  if (!metadata.canonicalUrl && !pageUrl) missing.push('url');
  return {
    title: title ?? site ?? pageUrl ?? 'Untitled page',
    url: pageUrl ?? url,
    ...(metadata.canonicalUrl ? { canonicalUrl: metadata.canonicalUrl } : {}),
    ...(site ? { site } : {}),
    ...(author ? { author } : {}),
    ...(metadata.publishedAt ? { publishedAt: metadata.publishedAt } : {}),
    text,
    missing,
  };
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return new URL(url).hostname.replace(/^www\./, '') || undefined;
}

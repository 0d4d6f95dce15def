import type { SourceDate } from '../dataset-schema';
import { cleanPageDate } from './clean-page-date';
import { cleanPageText, cleanPageUrl } from './clean-page-text';
import { MAX_AUTHORS, readJsonLdArticle } from './read-json-ld';

/** What a page says about itself, cleaned; any field may be missing. */
export interface PageMetadata {
  title?: string;
  canonicalUrl?: string;
  site?: string;
  author?: string;
  publishedAt?: SourceDate;
}

/** Bylines list at most this many names before "and others"; more is noise in a card. */
const AUTHORS_SHOWN = 3;

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const selector = `meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}" i]`;
    for (const element of document.querySelectorAll(selector)) {
      const content = element.getAttribute('content');
      if (content && content.trim() !== '') return content;
    }
  }
  return undefined;
}

function metaAll(document: Document, ...keys: string[]): string[] {
  return keys.flatMap((key) =>
    [...document.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i]`)].map((e) => e.getAttribute('content') ?? ''),
  );
}

function byline(authors: readonly string[]): string | undefined {
  const unique = [...new Set(authors)];
  // A page claiming dozens of authors is padding its markup; no byline is better than a wrong one.
  if (unique.length === 0 || unique.length > MAX_AUTHORS) return undefined;
  const shown = unique.slice(0, AUTHORS_SHOWN).join(', ');
  return unique.length > AUTHORS_SHOWN ? `${shown} and others` : shown;
}

/**
 * Reads title, canonical URL, site, author and publication date from, in order of trust: the
 * article's JSON-LD, OpenGraph and `article:*` tags, standard meta tags, `<link rel=canonical>`,
 * and the first `<time datetime>` in the article. Every value is untrusted page text and is
 * cleaned; dates must be real and not in the future; URLs must be http(s).
 */
export function readPageMetadata(document: Document, pageUrl: string, now: Date = new Date()): PageMetadata {
  const base = cleanPageUrl(pageUrl) ?? undefined;
  const jsonLd = readJsonLdArticle(
    [...document.querySelectorAll('script[type="application/ld+json" i]')].map((s) => s.textContent ?? ''),
    base,
  );

  const title = jsonLd?.headline ?? cleanPageText(meta(document, 'og:title', 'twitter:title', 'headline', 'dc.title'), 300);
  const canonicalUrl =
    cleanPageUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href'), base) ??
    cleanPageUrl(meta(document, 'og:url'), base) ??
    jsonLd?.url;
  const site = cleanPageText(meta(document, 'og:site_name', 'application-name'), 120) ?? jsonLd?.publisher;

  const metaAuthors = metaAll(document, 'author', 'byline', 'article:author', 'citation_author', 'dc.creator', 'parsely-author', 'sailthru.author')
    .map((a) => cleanPageText(a, 120))
    .filter((a): a is string => a !== undefined && !/^https?:/i.test(a));
  const author = byline(jsonLd && jsonLd.authors.length > 0 ? jsonLd.authors : metaAuthors);

  const timeElement = document.querySelector('article time[datetime], main time[datetime], time[datetime][pubdate], time[datetime]');
  const dateClaims: unknown[] = [
    jsonLd?.datePublished,
    meta(document, 'article:published_time'),
    meta(document, 'datePublished', 'date', 'pubdate', 'publish-date', 'citation_publication_date', 'dc.date', 'dc.date.issued', 'parsely-pub-date'),
    timeElement?.getAttribute('datetime'),
  ];
  const publishedAt = dateClaims.map((claim) => cleanPageDate(claim, now)).find((d) => d !== undefined);

  return {
    ...(title ? { title } : {}),
    ...(canonicalUrl ? { canonicalUrl } : {}),
    ...(site ? { site } : {}),
    ...(author ? { author } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
}

import { cleanPageText, cleanPageUrl } from './clean-page-text';

/** What an article's JSON-LD may say about it, every field already cleaned. */
export interface JsonLdArticle {
  headline?: string;
  datePublished?: unknown;
  authors: string[];
  publisher?: string;
  url?: string;
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle',
  'ReviewNewsArticle', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'LiveBlogPosting', 'SocialMediaPosting',
]);
/** Past this many nodes a JSON-LD block is not describing an article; stop looking. */
const MAX_NODES = 500;
/** A byline naming more people than this is not a byline. */
export const MAX_AUTHORS = 10;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Own property only: a page's `"__proto__"` or `"constructor"` key is data, never the prototype. */
function field(node: Json | undefined, key: string): Json | undefined {
  if (node === null || typeof node !== 'object' || Array.isArray(node) || !Object.hasOwn(node, key)) return undefined;
  return node[key];
}

function types(node: Json): string[] {
  const type = field(node, '@type');
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function nodesOf(json: Json, out: Json[], depth = 0): void {
  if (out.length >= MAX_NODES || depth > 6) return;
  if (Array.isArray(json)) {
    for (const item of json) nodesOf(item, out, depth + 1);
    return;
  }
  if (json === null || typeof json !== 'object') return;
  out.push(json);
  const graph = field(json, '@graph');
  if (graph !== undefined) nodesOf(graph, out, depth + 1);
}

function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => {
    const name = typeof item === 'string' ? item : field(item, 'name');
    const cleaned = cleanPageText(name, 120);
    return cleaned && !/^https?:/i.test(cleaned) ? [cleaned] : [];
  });
}

/**
 * Reads the first article node of a page's `application/ld+json` blocks (top-level arrays and
 * `@graph` included). Bad JSON, non-string fields and odd shapes are skipped, not thrown.
 */
export function readJsonLdArticle(blocks: readonly string[], base?: string): JsonLdArticle | undefined {
  const nodes: Json[] = [];
  for (const block of blocks) {
    try {
      nodesOf(JSON.parse(block) as Json, nodes);
    } catch {
      // A broken block says nothing; the others may still be fine.
    }
  }
  const article = nodes.find((node) => types(node).some((t) => ARTICLE_TYPES.has(t)));
  if (!article) return undefined;
  const headline = cleanPageText(field(article, 'headline'), 300) ?? cleanPageText(field(article, 'name'), 300);
  const authors = [...new Set(names(field(article, 'author')))];
  const publisher = names(field(article, 'publisher'))[0];
  const url = cleanPageUrl(field(article, 'url'), base) ?? cleanPageUrl(field(field(article, 'mainEntityOfPage'), '@id'), base);
  const datePublished = field(article, 'datePublished');
  return {
    ...(headline ? { headline } : {}),
    ...(datePublished !== undefined ? { datePublished } : {}),
    authors: authors.length > MAX_AUTHORS ? [] : authors,
    ...(publisher ? { publisher } : {}),
    ...(url ? { url } : {}),
  };
}

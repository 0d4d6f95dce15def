/** Query parameters that track the reader rather than choose the article. */
const TRACKING_PARAMS = /^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid|ref|smid)$/i;

/**
 * The URL that identifies an article: http(s) only, no fragment, no tracking parameters, no
 * "www.", no trailing slash, so the same article reached by two links is one article.
 */
export function canonicalArticleUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  parsed.hostname = parsed.hostname.replace(/^www\./, '');
  for (const key of [...parsed.searchParams.keys()]) if (TRACKING_PARAMS.test(key)) parsed.searchParams.delete(key);
  parsed.searchParams.sort();
  const text = parsed.toString();
  return text.endsWith('/') && parsed.pathname !== '/' ? text.slice(0, -1) : text;
}

function fnv1a(text: string, seed: number): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}

/** A stable article id from its canonical URL: adding the same URL again updates that article. */
export function articleIdForUrl(canonicalUrl: string): string {
  const high = fnv1a(canonicalUrl, 0x811c9dc5).toString(16).padStart(8, '0');
  const low = fnv1a(canonicalUrl, 0x01000193).toString(16).padStart(8, '0');
  return `article:${high}${low}`;
}

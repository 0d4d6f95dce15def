/**
 * A URL reduced to what identifies the page: no fragment, no trailing slash, host in lower case,
 * tracking parameters (utm_*) dropped. Two URLs with the same key show the same article.
 */
export function pageUrlKey(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    for (const name of [...parsed.searchParams.keys()]) if (name.startsWith('utm_')) parsed.searchParams.delete(name);
    const path = parsed.pathname.replace(/\/+$/, '');
    const query = parsed.searchParams.toString();
    return `${parsed.protocol}//${parsed.host.toLowerCase()}${path}${query ? `?${query}` : ''}`;
  } catch {
    return url.trim();
  }
}

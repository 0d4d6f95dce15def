/**
 * The URL if it is an absolute http(s) URL, else undefined. Data can come from imported files and
 * pages the reader added, so a `javascript:` or `data:` link must never reach an href.
 */
export function safeHttpUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

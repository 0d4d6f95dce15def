import type { ArticleRef } from '../lib/query/article-ref';
import { safeHttpUrl } from '../lib/query/safe-http-url';

/**
 * "— Article title, Site, date", the title linking to the article when it has an http(s) address.
 * The URL is checked again here: a view model can be built by code that forgot to.
 */
export function SourceCitation({ source }: { source: ArticleRef }) {
  const href = safeHttpUrl(source.url);
  const rest = [source.site, source.date].filter((part): part is string => Boolean(part));
  return (
    <span class="bs-citation">
      {'— '}
      <cite>
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {source.title}
          </a>
        ) : (
          source.title
        )}
      </cite>
      {rest.length > 0 ? `, ${rest.join(', ')}` : null}
    </span>
  );
}

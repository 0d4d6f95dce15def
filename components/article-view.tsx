import type { Article } from '../lib/dataset-schema';
import { formatSourceDate } from '../lib/query/format-source-date';
import { safeHttpUrl } from '../lib/query/safe-http-url';

export interface ArticleViewProps {
  article: Article;
  onBack?(): void;
}

const MISSING_LABELS: Record<Article['missing'][number], string> = {
  headline: 'no headline (title taken from its first sentence)',
  site: 'no site',
  author: 'no author',
  date: 'no date',
  url: 'no address',
};

/**
 * An article of the dataset as a reader: its metadata, what the source does not give, and its text
 * as plain paragraphs. Seed articles have no address, so this is where their evidence links lead.
 */
export function ArticleView({ article, onBack }: ArticleViewProps) {
  const url = safeHttpUrl(article.canonicalUrl ?? article.url);
  const meta = [article.site, article.author, article.publishedAt ? formatSourceDate(article.publishedAt) : undefined].filter(Boolean);
  return (
    <article class="bs-article">
      {onBack ? (
        <button type="button" class="bs-button bs-button--quiet bs-button--small" onClick={onBack}>
          Back
        </button>
      ) : null}
      <h2 class="bs-article__title">{article.title}</h2>
      {meta.length > 0 ? <p class="bs-meta">{meta.join(' · ')}</p> : null}
      {article.missing.length > 0 ? (
        <p class="bs-meta">The source gives {article.missing.map((field) => MISSING_LABELS[field]).join(', ')}.</p>
      ) : null}
      {url ? (
        <p>
          <a href={url} target="_blank" rel="noopener noreferrer">
            Read at the source
          </a>
        </p>
      ) : null}
      {article.text
        .split(/\n\s*\n|\n/)
        .map((paragraph) => paragraph.trim())
        .filter(Boolean)
        .map((paragraph, i) => (
          <p key={i} class="bs-article__paragraph">
            {paragraph}
          </p>
        ))}
    </article>
  );
}

import type { RelatedArticle } from '../lib/query/related-coverage';
import { plural } from './plural';

export interface RelatedCoverageListProps {
  items: RelatedArticle[];
  onOpenArticle(articleId: string): void;
}

/** Other articles in the dataset, best match first, each saying which entities it shares with the page. */
export function RelatedCoverageList({ items, onOpenArticle }: RelatedCoverageListProps) {
  if (items.length === 0) return <p class="bs-empty-note">No other article in your dataset names these entities.</p>;
  return (
    <ol class="bs-list bs-related">
      {items.map(({ article, shared }) => (
        <li key={article.id} class="bs-related__item">
          <button type="button" class="bs-link-button bs-related__title" onClick={() => onOpenArticle(article.id)}>
            {article.title}
          </button>
          <span class="bs-meta">{[article.site, article.date].filter(Boolean).join(' · ') || 'Source details not given'}</span>
          <span class="bs-meta">
            Shares {plural(shared.length, 'entity', 'entities')}: {shared.map((entity) => entity.name).join(', ')}
          </span>
        </li>
      ))}
    </ol>
  );
}

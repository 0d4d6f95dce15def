import { useEffect, useId, useRef } from 'preact/hooks';
import type { TargetedKeyboardEvent } from 'preact';
import type { ArticleContributions } from '../../lib/add-page/article-contributions';
import type { Article } from '../../lib/dataset-schema';
import { formatSourceDate } from '../../lib/query/format-source-date';
import { safeHttpUrl } from '../../lib/query/safe-http-url';
import type { RemovalSummary, SaveSummary } from '../../lib/reviewed-article';
import { KindBadge } from '../kind-badge';
import { plural } from '../plural';

export interface SavedArticleProps {
  article: Pick<Article, 'id' | 'title' | 'url' | 'canonicalUrl' | 'site' | 'author' | 'publishedAt' | 'addedAt'>;
  /** What the article brings to the dataset (articleContributions). */
  contributions: ArticleContributions;
  /** The save that just happened, to say what it changed. */
  summary?: SaveSummary | null;
  /** While the reader confirms a removal: what it would take with it (previewRemoval). */
  removal?: RemovalSummary | null;
  canUndo: boolean;
  /** A removal or undo is under way. */
  busy?: boolean;
  /** A failed removal or undo, in plain words. */
  error?: string | null;
  onEdit(): void;
  onRequestRemove(): void;
  onConfirmRemove(): void;
  onCancelRemove(): void;
  onUndo(): void;
}

function saveText(summary: SaveSummary): string {
  const parts = [
    plural(summary.newEntities, 'new organisation or person', 'new organisations and people'),
    `${summary.mergedEntities} already known`,
    plural(summary.agreements, 'agreement'),
  ];
  return `${summary.updated ? 'Updated' : 'Saved'}: ${parts.join(', ')}.`;
}

function RemovalConfirmation({ removal, busy, onConfirm, onCancel }: { removal: RemovalSummary; busy: boolean; onConfirm(): void; onCancel(): void }) {
  const baseId = useId();
  const keepRef = useRef<HTMLButtonElement>(null);
  // The safe choice takes focus, so a stray Enter keeps the article.
  useEffect(() => keepRef.current?.focus(), []);
  const onKeyDown = (event: TargetedKeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onCancel();
  };
  const alone = removal.entities.length === 0 && removal.agreements.length === 0;
  return (
    <div role="alertdialog" class="bs-confirm" aria-labelledby={`${baseId}-title`} aria-describedby={`${baseId}-body`} onKeyDown={onKeyDown}>
      <p id={`${baseId}-title`} class="bs-confirm__title">
        Remove “{removal.title}” from your dataset?
      </p>
      <div id={`${baseId}-body`}>
        {alone ? <p>Nothing else is removed: everything it named is known from other articles too.</p> : null}
        {removal.entities.length > 0 ? (
          <>
            <p>{`It also removes ${plural(removal.entities.length, 'entity', 'entities')} only it introduced:`}</p>
            <ul class="bs-confirm__list">
              {removal.entities.map((entity) => (
                <li key={entity.id}>{entity.name}</li>
              ))}
            </ul>
          </>
        ) : null}
        {removal.agreements.length > 0 ? (
          <>
            <p>{`and ${plural(removal.agreements.length, 'agreement')} only it gives evidence for:`}</p>
            <ul class="bs-confirm__list">
              {removal.agreements.map((agreement) => (
                <li key={agreement.id}>{agreement.title}</li>
              ))}
            </ul>
          </>
        ) : null}
        <p class="bs-meta">You can undo this afterwards.</p>
      </div>
      <div class="bs-confirm__actions">
        <button type="button" class="bs-button bs-button--danger" disabled={busy} onClick={onConfirm}>
          Yes, remove it
        </button>
        <button ref={keepRef} type="button" class="bs-button bs-button--quiet" onClick={onCancel}>
          Keep it
        </button>
      </div>
    </div>
  );
}

/** A page that is part of the dataset: what it is, what it added, and how to edit, remove or undo. */
export function SavedArticle(props: SavedArticleProps) {
  const { article, contributions, summary, removal, canUndo, busy = false, error } = props;
  const baseId = useId();
  const href = safeHttpUrl(article.canonicalUrl) ?? safeHttpUrl(article.url);
  const facts = [
    article.site,
    article.author ? `by ${article.author}` : undefined,
    article.publishedAt ? formatSourceDate(article.publishedAt) : 'date not given',
  ].filter((fact): fact is string => Boolean(fact));
  const added = formatSourceDate({ text: article.addedAt, value: article.addedAt.slice(0, 10), precision: 'day' });
  const nothing = contributions.entities.length === 0 && contributions.agreements.length === 0;
  const removeRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    // Closing the confirmation would drop focus to the page's top: give it back to "Remove…".
    if (wasConfirming.current && !removal) removeRef.current?.focus();
    wasConfirming.current = Boolean(removal);
  }, [removal]);

  return (
    <section class="bs-saved" aria-labelledby={`${baseId}-title`}>
      <p class="bs-saved__label">In your dataset</p>
      <h2 id={`${baseId}-title`} class="bs-saved__title">
        {href ? (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {article.title}
          </a>
        ) : (
          article.title
        )}
      </h2>
      <p class="bs-meta">{facts.join(' · ')}</p>
      <p class="bs-meta">Added {added}</p>
      {summary ? (
        <p role="status" class="bs-saved__summary">
          {saveText(summary)}
        </p>
      ) : null}
      <h3 class="bs-section__title">What it added</h3>
      {nothing ? <p class="bs-empty-note">Nothing beyond the article itself.</p> : null}
      {contributions.entities.length > 0 ? (
        <ul class="bs-list bs-saved__entities" aria-label="Organisations and people">
          {contributions.entities.map((entity) => (
            <li key={entity.id} class="bs-list__row">
              <span class="bs-list__main">{entity.name}</span>
              <KindBadge kind={entity.kind} />
            </li>
          ))}
        </ul>
      ) : null}
      {contributions.agreements.length > 0 ? (
        <ul class="bs-list bs-saved__agreements" aria-label="Agreements">
          {contributions.agreements.map((agreement) => (
            <li key={agreement.id}>{agreement.title}</li>
          ))}
        </ul>
      ) : null}
      {error ? (
        <p role="alert" class="bs-alert">
          {error}
        </p>
      ) : null}
      {removal ? (
        <RemovalConfirmation removal={removal} busy={busy} onConfirm={props.onConfirmRemove} onCancel={props.onCancelRemove} />
      ) : (
        <div class="bs-saved__actions">
          <button type="button" class="bs-button bs-button--quiet" disabled={busy} onClick={props.onEdit}>
            Edit
          </button>
          <button ref={removeRef} type="button" class="bs-button bs-button--quiet" disabled={busy} onClick={props.onRequestRemove}>
            Remove…
          </button>
          {canUndo ? (
            <button type="button" class="bs-button bs-button--quiet" disabled={busy} onClick={props.onUndo}>
              Undo
            </button>
          ) : null}
        </div>
      )}
    </section>
  );
}

import { useId, useMemo } from 'preact/hooks';
import { allocateEntityIds } from '../../lib/add-page/allocate-entity-ids';
import { resolveAgreements } from '../../lib/add-page/resolve-agreements';
import { reviewProblems } from '../../lib/add-page/review-problems';
import type { ReviewAction, ReviewState } from '../../lib/add-page/review-state';
import { summariseReview, type ReviewSummary } from '../../lib/add-page/review-summary';
import type { Dataset } from '../../lib/dataset-schema';
import { plural } from '../plural';
import { AgreementCandidateItem } from './agreement-candidate-item';
import { ArticleFields } from './article-fields';
import { EntityCandidateItem } from './entity-candidate-item';

export interface AddPageReviewProps {
  review: ReviewState;
  /** The dataset as it is now: names of known entities, and the ids new ones will get. */
  dataset: Dataset;
  saving?: boolean;
  /** A failed save in plain words, saying the review was kept. */
  error?: string | null;
  onAction(action: ReviewAction): void;
  onSave(): void;
  onCancel(): void;
}

function summaryText(summary: ReviewSummary): string {
  const parts = [
    plural(summary.newEntities, 'new organisation or person', 'new organisations and people'),
    `${summary.linked} already known`,
    plural(summary.agreements, 'agreement'),
  ];
  return `${parts.join(', ')}${summary.dropped > 0 ? `; ${summary.dropped} dropped` : ''}.`;
}

function earlierText(leftOut: number): string {
  const start = 'You added this page before: its title, site and author are as you saved them';
  if (leftOut === 0) return `${start}.`;
  if (leftOut === 1) return `${start}, and the name or agreement you left out then starts unticked.`;
  return `${start}, and the ${leftOut} names and agreements you left out then start unticked.`;
}

/** "Add this page" under review: the article's metadata, every candidate with its evidence, and a save bar. */
export function AddPageReview({ review, dataset, saving = false, error, onAction, onSave, onCancel }: AddPageReviewProps) {
  const baseId = useId();
  const id = (part: string) => `${baseId}-${part}`;
  const names = useMemo(() => new Map(dataset.entities.map((entity) => [entity.id, entity.name])), [dataset]);
  // Each keystroke in a field makes a new review; with a large dataset these are worth not redoing on other renders.
  const { ids, agreements, problems, summary } = useMemo(() => {
    const allocated = allocateEntityIds(review, dataset);
    const resolved = resolveAgreements(review, allocated);
    return { ids: allocated, agreements: resolved, problems: reviewProblems(review, dataset), summary: summariseReview(review, resolved) };
  }, [review, dataset]);
  const fresh = review.entities.filter((entity) => !entity.known);
  const known = review.entities.filter((entity) => entity.known);
  const knownName = (entityId: string) => names.get(entityId);
  const problemOf = (key: string) => problems.find((problem) => problem.key === key);

  const entityList = (entities: typeof fresh, none: string) =>
    entities.length === 0 ? (
      <p class="bs-empty-note">{none}</p>
    ) : (
      <ul class="bs-list bs-review__list">
        {entities.map((entity) => (
          <EntityCandidateItem
            key={entity.key}
            entity={entity}
            savedId={ids.get(entity.key)}
            knownName={knownName}
            articleTitle={review.fields.title}
            problem={problemOf(entity.key)}
            onAction={onAction}
          />
        ))}
      </ul>
    );

  return (
    <section class="bs-review" aria-labelledby={id('title')}>
      <h2 id={id('title')} class="bs-review__title">
        Add this page to your dataset
      </h2>
      <p class="bs-meta">Check what Backstory found here. Untick what is wrong, correct names, and say which are already known.</p>
      {review.earlier ? <p class="bs-meta bs-review__earlier">{earlierText(review.earlier.leftOut)}</p> : null}
      <ArticleFields
        fields={review.fields}
        extracted={review.extracted}
        titleProblem={problems.find((problem) => problem.field === 'title')?.message}
        onChange={(patch) => onAction({ type: 'editArticle', patch })}
      />
      <section class="bs-section" aria-labelledby={id('new')}>
        <h3 id={id('new')} class="bs-section__title">
          New organisations and people <span class="bs-count">({fresh.length})</span>
        </h3>
        {entityList(fresh, 'No new organisations or people found.')}
      </section>
      <section class="bs-section" aria-labelledby={id('known')}>
        <h3 id={id('known')} class="bs-section__title">
          Already known <span class="bs-count">({known.length})</span>
        </h3>
        {entityList(known, 'None of the entities in your dataset are named here.')}
      </section>
      <section class="bs-section" aria-labelledby={id('agreements')}>
        <h3 id={id('agreements')} class="bs-section__title">
          Agreements <span class="bs-count">({agreements.length})</span>
        </h3>
        {agreements.length === 0 ? (
          <p class="bs-empty-note">No agreements found.</p>
        ) : (
          <ul class="bs-list bs-review__list">
            {agreements.map((agreement) => (
              <AgreementCandidateItem key={agreement.review.key} agreement={agreement} onAction={onAction} />
            ))}
          </ul>
        )}
      </section>
      <footer class="bs-review__footer">
        {error ? (
          <p role="alert" class="bs-alert">
            {error}
          </p>
        ) : null}
        <p role="status" class="bs-review__summary">
          {saving ? 'Saving to your dataset…' : summaryText(summary)}
        </p>
        {problems.length > 0 ? (
          <ul class="bs-review__problems" aria-label="Before saving">
            {problems.map((problem, index) => (
              <li key={index}>{problem.message}</li>
            ))}
          </ul>
        ) : null}
        <div class="bs-review__actions">
          <button type="button" class="bs-button" disabled={saving || problems.length > 0} aria-busy={saving || undefined} onClick={onSave}>
            {summary.total > 0 ? `Save ${summary.total} to your dataset` : 'Save the article to your dataset'}
          </button>
          <button type="button" class="bs-button bs-button--quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </footer>
    </section>
  );
}

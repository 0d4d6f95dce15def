import type { Dataset } from '../dataset-schema';
import { reviewArticleId } from './review-article-id';
import type { ReviewState } from './review-state';

export interface ReviewProblem {
  /** The candidate the problem is about; none for the article's own fields. */
  key?: string;
  field: 'url' | 'title' | 'name' | 'merge';
  message: string;
}

/** What stops the review from being saved, in plain words; empty when it can be saved. */
export function reviewProblems(state: ReviewState, dataset: Pick<Dataset, 'entities'>): ReviewProblem[] {
  const problems: ReviewProblem[] = [];
  if (reviewArticleId(state.extracted) === null) {
    problems.push({ field: 'url', message: 'This page’s address is not a web address (http or https), so it cannot be added.' });
  }
  if (state.fields.title.trim() === '') problems.push({ field: 'title', message: 'The article needs a title.' });
  const known = new Set(dataset.entities.map((entity) => entity.id));
  for (const entity of state.entities) {
    if (!entity.included) continue;
    if (entity.mergeInto !== null && !known.has(entity.mergeInto)) {
      problems.push({
        key: entity.key,
        field: 'merge',
        message: `${entity.name || 'A candidate'} is to join an entity that is no longer in your dataset: choose another or keep it as new.`,
      });
    } else if (entity.mergeInto === null && entity.name.trim() === '') {
      const what = entity.kind === 'org' ? 'An organisation' : 'A person';
      problems.push({ key: entity.key, field: 'name', message: `${what} has no name: give it one or drop it.` });
    }
  }
  return problems;
}

import type { Agreement, Article } from '../dataset-schema';
import type { AgreementCandidate, EntityCandidate, ExtractionResult } from '../extract/extract-candidates';
import type { ExtractedArticle } from '../extract/extract-article';

/**
 * The reader's review of "Add this page", as a pure reducer: what extraction proposed, and what the
 * reader accepted, dropped, corrected or merged. Nothing here allocates ids or touches the dataset;
 * `toReviewedArticle` turns a finished review into what the background saves.
 */

export type ReviewKind = 'org' | 'person';
export type ReviewAlias = { text: string; strength: 'strong' | 'weak' };

export interface EntityReview {
  key: string;
  /** What extraction proposed: its evidence sentence, role and merge suggestions. */
  candidate: EntityCandidate;
  /** The dataset already has it; the review links the article to it rather than adding it. */
  known: boolean;
  included: boolean;
  /** The known entity this candidate joins: the one it was recognised as, or the reader's merge. */
  mergeInto: string | null;
  name: string;
  kind: ReviewKind;
  aliases: ReviewAlias[];
  description: string;
  /** A new person who is the article's author: proposed, but left out unless the reader ticks them. */
  byline?: true;
}

export interface AgreementReview {
  key: string;
  candidate: AgreementCandidate;
  /** The reader's choice; an accepted agreement still drops out when it loses a party (resolveAgreement). */
  included: boolean;
}

export interface ArticleFields {
  title: string;
  site: string;
  author: string;
}

export interface ReviewState {
  /** The article as extracted, kept whole: its text and date are saved as they are. */
  extracted: ExtractedArticle;
  fields: ArticleFields;
  entities: EntityReview[];
  agreements: AgreementReview[];
  /** The page was saved before: the review starts from the reader's choices then. */
  earlier?: { leftOut: number };
}

/** The page as the reader saved it before, and the agreements of the dataset now. */
export interface EarlierSave {
  article: Pick<Article, 'id' | 'title' | 'site' | 'author' | 'text'>;
  agreements: readonly Pick<Agreement, 'evidence'>[];
}

export type EntityPatch = Partial<Pick<EntityReview, 'name' | 'kind' | 'aliases' | 'description'>>;

export type ReviewAction =
  | { type: 'accept'; key: string }
  | { type: 'drop'; key: string }
  | { type: 'edit'; key: string; patch: EntityPatch }
  | { type: 'merge'; key: string; into: string }
  | { type: 'unmerge'; key: string }
  | { type: 'editArticle'; patch: Partial<ArticleFields> }
  | { type: 'acceptAgreement'; key: string }
  | { type: 'dropAgreement'; key: string };

function entityReview(candidate: EntityCandidate): EntityReview {
  return {
    key: candidate.key,
    candidate,
    known: candidate.knownEntityId !== undefined,
    included: true,
    mergeInto: candidate.knownEntityId ?? null,
    name: candidate.name,
    kind: candidate.kind,
    aliases: candidate.aliases.map((alias) => ({ text: alias.text, strength: alias.strength })),
    description: candidate.description ?? '',
  };
}

/**
 * The review as it opens: every new organisation and person accepted (the reader drops what is
 * wrong, which is quicker than picking what is right) but the article's own author, every known one
 * linked, every agreement accepted. A page saved before starts from the reader's choices then.
 */
export function initialReviewState(article: ExtractedArticle, extraction: ExtractionResult, earlier?: EarlierSave): ReviewState {
  const authors = authorsOf(article.author);
  const state: ReviewState = {
    extracted: article,
    fields: fieldsOf(article),
    // The journalist who wrote the story is seldom part of it: their name would be highlighted in
    // every byline of theirs. Still offered, for the op-ed by a minister.
    entities: extraction.entities.map(entityReview).map((entity) =>
      !entity.known && entity.kind === 'person' && authors.has(foldName(entity.name)) ? { ...entity, included: false, byline: true as const } : entity,
    ),
    agreements: extraction.agreements.map((candidate) => ({ key: candidate.key, candidate, included: true })),
  };
  return earlier === undefined ? state : withEarlierChoices(state, earlier);
}

/** The review's article fields from an article, extracted or saved: a missing site or author is an empty field. */
function fieldsOf(article: Pick<Article, 'title' | 'site' | 'author'>): ArticleFields {
  return { title: article.title, site: article.site ?? '', author: article.author ?? '' };
}

/** "Liisa Tamm and Jon Berg", "A, B & C": each name of a byline, folded. */
function authorsOf(byline: string | undefined): Set<string> {
  if (!byline) return new Set();
  return new Set(byline.split(/,|&|\band\b/).map(foldName).filter((name) => name.length > 0));
}

function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Editing a page saved before: its title, site and author as the reader saved them, and what they
 * left out then left out again. A new name whose evidence the saved text has was seen and dropped
 * (kept, it would be known now); so was an agreement whose evidence no agreement quotes from the
 * article. What the page says that the saved text did not (an updated story) starts accepted.
 */
function withEarlierChoices(state: ReviewState, earlier: EarlierSave): ReviewState {
  const { article } = earlier;
  const seen = (sentence: string): boolean => sentence.length > 0 && article.text.includes(sentence);
  const quoted = new Set(earlier.agreements.flatMap((agreement) => agreement.evidence.filter((e) => e.articleId === article.id).map((e) => e.quote)));
  let leftOut = 0;
  const entities = state.entities.map((entity) => {
    if (entity.known || !seen(entity.candidate.evidence)) return entity;
    leftOut++;
    return { ...entity, included: false };
  });
  const agreements = state.agreements.map((agreement) => {
    if (quoted.has(agreement.candidate.evidence) || !seen(agreement.candidate.evidence)) return agreement;
    leftOut++;
    return { ...agreement, included: false };
  });
  return {
    ...state,
    fields: fieldsOf(article),
    entities,
    agreements,
    earlier: { leftOut },
  };
}

function updateEntity(state: ReviewState, key: string, change: (entity: EntityReview) => EntityReview): ReviewState {
  const index = state.entities.findIndex((entity) => entity.key === key);
  if (index < 0) return state;
  const entities = state.entities.slice();
  entities[index] = change(state.entities[index]!);
  return { ...state, entities };
}

function updateAgreement(state: ReviewState, key: string, included: boolean): ReviewState {
  const index = state.agreements.findIndex((agreement) => agreement.key === key);
  if (index < 0) return state;
  const agreements = state.agreements.slice();
  agreements[index] = { ...state.agreements[index]!, included };
  return { ...state, agreements };
}

export function reviewReducer(state: ReviewState, action: ReviewAction): ReviewState {
  switch (action.type) {
    case 'accept':
      return updateEntity(state, action.key, (entity) => ({ ...entity, included: true }));
    case 'drop':
      return updateEntity(state, action.key, (entity) => ({ ...entity, included: false }));
    case 'edit':
      return updateEntity(state, action.key, (entity) => ({ ...entity, ...action.patch }));
    case 'merge':
      // Merging is a way of keeping the candidate, so it includes it again.
      return updateEntity(state, action.key, (entity) => ({ ...entity, mergeInto: action.into, included: true }));
    case 'unmerge':
      // A recognised entity stays linked to what it was recognised as: making it new would duplicate it.
      return updateEntity(state, action.key, (entity) => ({ ...entity, mergeInto: entity.candidate.knownEntityId ?? null }));
    case 'editArticle':
      return { ...state, fields: { ...state.fields, ...action.patch } };
    case 'acceptAgreement':
      return updateAgreement(state, action.key, true);
    case 'dropAgreement':
      return updateAgreement(state, action.key, false);
  }
}

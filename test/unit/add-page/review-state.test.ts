import { describe, expect, it } from 'vitest';
import { allocateEntityIds, idSlug } from '../../../lib/add-page/allocate-entity-ids';
import { resolveAgreements } from '../../../lib/add-page/resolve-agreements';
import { reviewProblems } from '../../../lib/add-page/review-problems';
import { initialReviewState, reviewReducer, type ReviewAction, type ReviewState } from '../../../lib/add-page/review-state';
import { summariseReview } from '../../../lib/add-page/review-summary';
import { KEYS, MOU_ARTICLE, MOU_DATASET, MOU_EXTRACTION, MOU_TEXT } from './mou-fixture';

const initial = () => initialReviewState(MOU_ARTICLE, MOU_EXTRACTION);
const run = (...actions: ReviewAction[]) => actions.reduce(reviewReducer, initial());
const entity = (state: ReviewState, key: string) => state.entities.find((e) => e.key === key)!;
const resolved = (state: ReviewState) => resolveAgreements(state, allocateEntityIds(state, MOU_DATASET));

describe('initialReviewState', () => {
  it('accepts new candidates, links known ones and keeps the article fields', () => {
    const state = initial();
    expect(state.fields).toEqual({ title: MOU_ARTICLE.title, site: 'Harbour Science News', author: 'Marta Lindqvist' });
    expect(entity(state, KEYS.nimr)).toMatchObject({ known: true, included: true, mergeInto: 'org:nimr' });
    expect(entity(state, KEYS.azores)).toMatchObject({ known: false, included: true, mergeInto: null, description: '' });
    expect(entity(state, KEYS.tromso).candidate.mergeSuggestions).toEqual([{ entityId: 'org:tromso-polar-data-office', score: 0.88 }]);
    expect(state.agreements.map((a) => a.included)).toEqual([true]);
  });

  it('gives missing site and author as empty fields, not invented ones', () => {
    const { site: _site, author: _author, ...bare } = MOU_ARTICLE;
    expect(initialReviewState({ ...bare, missing: ['site', 'author'] }, MOU_EXTRACTION).fields).toEqual({ title: MOU_ARTICLE.title, site: '', author: '' });
  });
});

describe('initialReviewState: the article\'s author', () => {
  const author = { key: 'person:marta-lindqvist', kind: 'person' as const, name: 'Marta Lindqvist', aliases: [], evidence: 'By Marta Lindqvist', mergeSuggestions: [] };
  const extraction = { ...MOU_EXTRACTION, entities: [...MOU_EXTRACTION.entities, author] };

  it('proposes the byline\'s author as a person left out unless the reader ticks them', () => {
    const state = initialReviewState(MOU_ARTICLE, extraction);
    expect(entity(state, author.key)).toMatchObject({ included: false, byline: true });
    expect(entity(state, KEYS.ferreira).included).toBe(true);
    expect(entity(reviewReducer(state, { type: 'accept', key: author.key }), author.key).included).toBe(true);
  });

  it('reads every name of a byline, whatever their accents and spacing', () => {
    const state = initialReviewState({ ...MOU_ARTICLE, author: 'Ána  Ferreira and Marta Lindqvist' }, extraction);
    expect(entity(state, KEYS.ferreira).included).toBe(false);
    expect(entity(state, author.key).included).toBe(false);
    expect(entity(initialReviewState({ ...MOU_ARTICLE, author: 'Marta Lindqvist' }, extraction), KEYS.ferreira).included).toBe(true);
  });
});

describe('initialReviewState for a page saved before', () => {
  const savedArticle = { id: 'article:mou', title: 'Ocean MoU, as the reader corrected it', site: 'Harbour Science', text: MOU_TEXT };

  it('starts from the saved title, site and author, and leaves out again what the reader left out', () => {
    // Nothing of this page's is in the dataset: the reader kept none of its new names and no agreement.
    const state = initialReviewState(MOU_ARTICLE, MOU_EXTRACTION, { article: savedArticle, agreements: MOU_DATASET.agreements });
    expect(state.fields).toEqual({ title: 'Ocean MoU, as the reader corrected it', site: 'Harbour Science', author: '' });
    expect(entity(state, KEYS.nimr)).toMatchObject({ known: true, included: true });
    for (const key of [KEYS.azores, KEYS.ferreira, KEYS.tromso]) expect(entity(state, key).included).toBe(false);
    expect(state.agreements.map((a) => a.included)).toEqual([false]);
    expect(state.earlier).toEqual({ leftOut: 4 });
    // The reader can take any of it back.
    expect(entity(reviewReducer(state, { type: 'accept', key: KEYS.azores }), KEYS.azores).included).toBe(true);
  });

  it('keeps an agreement saved from the page, and accepts what the page says that the saved text did not', () => {
    const mou = MOU_EXTRACTION.agreements[0]!;
    const archive = entity(initial(), KEYS.tromso).candidate.evidence;
    const state = initialReviewState(MOU_ARTICLE, MOU_EXTRACTION, {
      article: { ...savedArticle, text: MOU_TEXT.replace(archive, '') },
      agreements: [{ evidence: [{ articleId: 'article:other', quote: 'Something else.' }] }, { evidence: [{ articleId: 'article:mou', quote: mou.evidence }] }],
    });
    expect(state.agreements.map((a) => a.included)).toEqual([true]);
    // The archive sentence is new since the save: its name was never seen, so it is proposed as usual.
    expect(entity(state, KEYS.tromso).included).toBe(true);
    expect(entity(state, KEYS.azores).included).toBe(false);
    expect(state.earlier).toEqual({ leftOut: 2 });
  });

  it('a page never saved has no earlier choices', () => {
    expect(initial().earlier).toBeUndefined();
  });
});

describe('reviewReducer', () => {
  it('drops and accepts a candidate again', () => {
    const dropped = run({ type: 'drop', key: KEYS.azores });
    expect(entity(dropped, KEYS.azores).included).toBe(false);
    expect(entity(reviewReducer(dropped, { type: 'accept', key: KEYS.azores }), KEYS.azores).included).toBe(true);
  });

  it('edits name, kind, aliases and description without losing the evidence', () => {
    const state = run({
      type: 'edit',
      key: KEYS.azores,
      patch: { name: 'Azores Ocean Data Centre', kind: 'org', aliases: [{ text: 'AODC', strength: 'weak' }], description: 'Regional data centre in Ponta Delgada' },
    });
    expect(entity(state, KEYS.azores)).toMatchObject({
      name: 'Azores Ocean Data Centre',
      aliases: [{ text: 'AODC', strength: 'weak' }],
      description: 'Regional data centre in Ponta Delgada',
    });
    expect(entity(state, KEYS.azores).candidate.evidence).toContain('signed a memorandum of understanding');
    expect(run({ type: 'edit', key: KEYS.ferreira, patch: { kind: 'org' } }).entities.find((e) => e.key === KEYS.ferreira)?.kind).toBe('org');
  });

  it('merges into a known entity, includes a dropped candidate again, and undoes the merge', () => {
    const merged = run({ type: 'drop', key: KEYS.tromso }, { type: 'merge', key: KEYS.tromso, into: 'org:tromso-polar-data-office' });
    expect(entity(merged, KEYS.tromso)).toMatchObject({ included: true, mergeInto: 'org:tromso-polar-data-office' });
    expect(entity(reviewReducer(merged, { type: 'unmerge', key: KEYS.tromso }), KEYS.tromso).mergeInto).toBeNull();
  });

  it('keeps a recognised entity linked when its merge is undone', () => {
    expect(entity(run({ type: 'merge', key: KEYS.nimr, into: 'org:tromso-polar-data-office' }, { type: 'unmerge', key: KEYS.nimr }), KEYS.nimr).mergeInto).toBe('org:nimr');
  });

  it('edits the article fields and accepts or drops agreements', () => {
    const state = run({ type: 'editArticle', patch: { author: 'M. Lindqvist' } }, { type: 'dropAgreement', key: KEYS.mou });
    expect(state.fields.author).toBe('M. Lindqvist');
    expect(state.fields.title).toBe(MOU_ARTICLE.title);
    expect(state.agreements[0]?.included).toBe(false);
    expect(reviewReducer(state, { type: 'acceptAgreement', key: KEYS.mou }).agreements[0]?.included).toBe(true);
  });

  it('ignores actions for keys it does not have', () => {
    const state = initial();
    expect(reviewReducer(state, { type: 'drop', key: 'org:nothing' })).toBe(state);
    expect(reviewReducer(state, { type: 'dropAgreement', key: 'agreement:nothing' })).toBe(state);
  });
});

describe('allocateEntityIds', () => {
  it('gives known ids to linked candidates and new ids to the rest, none to dropped ones', () => {
    const ids = allocateEntityIds(run({ type: 'drop', key: KEYS.ferreira }), MOU_DATASET);
    expect(Object.fromEntries(ids)).toEqual({
      [KEYS.nimr]: 'org:nimr',
      [KEYS.azores]: 'org:azores-centre-for-ocean-data',
      // The dataset has "Tromso Polar Data Office" already: the new one must not take its id.
      [KEYS.tromso]: 'org:tromso-polar-data-office-2',
    });
  });

  it('keeps two new entities with the same slug apart, and follows kind and name edits', () => {
    const state = run(
      { type: 'edit', key: KEYS.azores, patch: { name: 'Ocean Data' } },
      { type: 'edit', key: KEYS.tromso, patch: { name: 'Ocean  data!' } },
      { type: 'edit', key: KEYS.ferreira, patch: { kind: 'org', name: 'Ana Ferreira' } },
    );
    const ids = allocateEntityIds(state, MOU_DATASET);
    expect(ids.get(KEYS.azores)).toBe('org:ocean-data');
    expect(ids.get(KEYS.tromso)).toBe('org:ocean-data-2');
    expect(ids.get(KEYS.ferreira)).toBe('org:ana-ferreira');
  });

  it('makes schema-safe slugs from any name', () => {
    expect(idSlug('Tromsø Polar Data Office')).toBe('tromso-polar-data-office');
    expect(idSlug('Université Paris-Saclay')).toBe('universite-paris-saclay');
    expect(idSlug('Łódź Ætherworks')).toBe('lodz-aetherworks');
    expect(idSlug('Сбербанк')).toBe('unnamed');
    expect(idSlug('  ')).toBe('unnamed');
  });
});

describe('resolveAgreements', () => {
  it('maps parties to known ids and to the ids new entities will get, with signatories', () => {
    const [agreement] = resolved(initial());
    expect(agreement).toMatchObject({
      included: true,
      partyIds: ['org:nimr', 'org:azores-centre-for-ocean-data'],
      signatories: [{ personId: 'person:ana-ferreira', onBehalfOf: 'org:azores-centre-for-ocean-data' }],
    });
  });

  it('drops an agreement that loses a party, says why, and brings it back with the party', () => {
    const state = run({ type: 'drop', key: KEYS.azores });
    const [agreement] = resolved(state);
    expect(agreement?.included).toBe(false);
    expect(agreement?.droppedBecause).toBe('Not saved: an agreement needs two parties, and Azores Centre for Ocean Data was dropped.');
    expect(agreement?.signatories).toEqual([]);
    expect(resolved(reviewReducer(state, { type: 'accept', key: KEYS.azores }))[0]?.included).toBe(true);
  });

  it('drops an agreement whose known party the reader unlinked', () => {
    const [agreement] = resolved(run({ type: 'drop', key: KEYS.nimr }));
    expect(agreement?.droppedBecause).toContain('Nordic Institute for Marine Robotics was dropped');
  });

  it('drops an agreement whose two parties were merged into one entity', () => {
    const [agreement] = resolved(run({ type: 'merge', key: KEYS.azores, into: 'org:nimr' }));
    expect(agreement?.partyIds).toEqual(['org:nimr']);
    expect(agreement?.droppedBecause).toBe('Not saved: an agreement needs two parties, and its parties are now the same entity.');
  });

  it('follows a merge: the party becomes the entity it was merged into', () => {
    const [agreement] = resolved(run({ type: 'merge', key: KEYS.azores, into: 'org:tromso-polar-data-office' }));
    expect(agreement?.partyIds).toEqual(['org:nimr', 'org:tromso-polar-data-office']);
  });

  it('gives no reason for an agreement the reader dropped', () => {
    const [agreement] = resolved(run({ type: 'dropAgreement', key: KEYS.mou }));
    expect(agreement).toMatchObject({ included: false });
    expect(agreement?.droppedBecause).toBeUndefined();
  });
});

describe('reviewProblems and summariseReview', () => {
  it('finds nothing wrong with the review as it opens, and counts what it saves', () => {
    const state = initial();
    expect(reviewProblems(state, MOU_DATASET)).toEqual([]);
    expect(summariseReview(state, resolved(state))).toEqual({ newEntities: 3, linked: 1, agreements: 1, dropped: 0, total: 5 });
  });

  it('reports an empty title, a nameless new entity and a merge into a vanished entity', () => {
    const state = run(
      { type: 'editArticle', patch: { title: '  ' } },
      { type: 'edit', key: KEYS.azores, patch: { name: ' ' } },
      { type: 'merge', key: KEYS.tromso, into: 'org:gone' },
    );
    expect(reviewProblems(state, MOU_DATASET)).toEqual([
      { field: 'title', message: 'The article needs a title.' },
      { key: KEYS.azores, field: 'name', message: 'An organisation has no name: give it one or drop it.' },
      { key: KEYS.tromso, field: 'merge', message: 'Tromsø Polar Data Office is to join an entity that is no longer in your dataset: choose another or keep it as new.' },
    ]);
    // A nameless candidate the reader dropped is no problem.
    expect(reviewProblems(reviewReducer(state, { type: 'drop', key: KEYS.azores }), MOU_DATASET).map((p) => p.key)).not.toContain(KEYS.azores);
  });

  it('refuses a page that is not on the web', () => {
    const state = initialReviewState({ ...MOU_ARTICLE, url: 'file:///home/reader/mou.html' }, MOU_EXTRACTION);
    expect(reviewProblems(state, MOU_DATASET)[0]?.field).toBe('url');
  });

  it('counts dropped candidates and agreements that lost a party', () => {
    const state = run({ type: 'drop', key: KEYS.azores }, { type: 'merge', key: KEYS.tromso, into: 'org:tromso-polar-data-office' });
    expect(summariseReview(state, resolved(state))).toEqual({ newEntities: 1, linked: 2, agreements: 0, dropped: 2, total: 3 });
  });
});

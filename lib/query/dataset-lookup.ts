import type { Agreement, Article, Dataset, Entity, EntityKind } from '../dataset-schema';

/** The indexes every query needs, built once per dataset object. */
export interface DatasetLookup {
  entity(id: string): Entity | undefined;
  article(id: string): Article | undefined;
  /** Agreements the entity is a party to or signed, in dataset order. */
  agreementsOf(entityId: string): readonly Agreement[];
  /** How many articles mention the entity (by mention counts or as a source). */
  articleCountOf(entityId: string): number;
}

export interface EntityRef {
  id: string;
  name: string;
  kind: EntityKind;
}

// Datasets are immutable values (a change makes a new object), so caching by identity is safe and
// lets a hover card or keystroke reuse the indexes instead of rebuilding them.
const cache = new WeakMap<Dataset, DatasetLookup>();

export function datasetLookup(dataset: Dataset): DatasetLookup {
  const cached = cache.get(dataset);
  if (cached) return cached;

  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const agreementsByEntity = new Map<string, Agreement[]>();
  const addAgreement = (entityId: string, agreement: Agreement): void => {
    const list = agreementsByEntity.get(entityId) ?? [];
    if (list.at(-1) !== agreement) list.push(agreement);
    agreementsByEntity.set(entityId, list);
  };
  for (const agreement of dataset.agreements) {
    const involved = new Set([...agreement.parties, ...agreement.signatories.map((signatory) => signatory.personId)]);
    for (const entityId of involved) addAgreement(entityId, agreement);
  }
  const articlesByEntity = new Map<string, Set<string>>();
  const addArticle = (entityId: string, articleId: string): void => {
    const set = articlesByEntity.get(entityId) ?? new Set<string>();
    set.add(articleId);
    articlesByEntity.set(entityId, set);
  };
  for (const article of dataset.articles) {
    for (const [entityId, count] of Object.entries(article.mentions)) if (count > 0) addArticle(entityId, article.id);
  }
  for (const entity of dataset.entities) {
    for (const articleId of entity.sources) if (articles.has(articleId)) addArticle(entity.id, articleId);
  }

  const lookup: DatasetLookup = {
    entity: (id) => entities.get(id),
    article: (id) => articles.get(id),
    agreementsOf: (entityId) => agreementsByEntity.get(entityId) ?? [],
    articleCountOf: (entityId) => articlesByEntity.get(entityId)?.size ?? 0,
  };
  cache.set(dataset, lookup);
  return lookup;
}

/** A reference to an entity by name. A dangling id (an entity since removed) still shows, by its id. */
export function entityRef(lookup: DatasetLookup, id: string): EntityRef {
  const entity = lookup.entity(id);
  if (entity) return { id, name: entity.name, kind: entity.kind };
  const kind = id.slice(0, id.indexOf(':'));
  return { id, name: id, kind: kind === 'person' || kind === 'country' ? kind : 'org' };
}

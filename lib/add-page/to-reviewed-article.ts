import { canonicalArticleUrl } from '../article-id';
import { ARTICLE_FIELDS, type Agreement, type Alias, type Dataset, type Entity, type Role, type SourceDate } from '../dataset-schema';
import { normaliseName } from '../extract/normalise-name';
import { formatSourceDate } from '../query/format-source-date';
import { ReviewedArticle } from '../reviewed-article';
import { AGREEMENT_TYPE_LABELS } from './agreement-type-labels';
import { allocateEntityIds, idSlug } from './allocate-entity-ids';
import { resolveAgreements, type ResolvedAgreement } from './resolve-agreements';
import { reviewArticleId } from './review-article-id';
import { reviewProblems } from './review-problems';
import type { EntityReview, ReviewAlias, ReviewKind, ReviewState } from './review-state';

/** Descriptions are required; one the reader left empty says honestly where the entity comes from. */
export function fallbackDescription(kind: ReviewKind, articleTitle: string): string {
  const title = articleTitle.trim().length > 100 ? `${articleTitle.trim().slice(0, 99)}…` : articleTitle.trim();
  return `${kind === 'org' ? 'Organisation' : 'Person'} named in “${title || 'an added article'}”`;
}

/** Trimmed, non-empty, each spelling once, none the same as a name the entity already has. */
function newAliases(aliases: readonly ReviewAlias[], existingNames: readonly string[]): Alias[] {
  const seen = new Set(existingNames.map(normaliseName));
  const kept: Alias[] = [];
  for (const alias of aliases) {
    const text = alias.text.trim();
    const key = normaliseName(text);
    if (text === '' || key === '' || seen.has(key)) continue;
    seen.add(key);
    kept.push({ text, strength: alias.strength });
  }
  return kept;
}

function orgIdNamed(orgName: string, state: ReviewState, ids: ReadonlyMap<string, string>, dataset: Pick<Dataset, 'entities'>): string | undefined {
  const key = normaliseName(orgName);
  const names = (entity: { name: string; aliases: readonly { text: string }[] }) => [entity.name, ...entity.aliases.map((a) => a.text)].map(normaliseName);
  const reviewed = state.entities.find((e) => e.included && e.kind === 'org' && (names(e).includes(key) || normaliseName(e.candidate.name) === key));
  if (reviewed) return ids.get(reviewed.key);
  return dataset.entities.find((e) => e.kind === 'org' && names(e).includes(key))?.id;
}

function rolesOf(entity: EntityReview, articleId: string, state: ReviewState, ids: ReadonlyMap<string, string>, dataset: Pick<Dataset, 'entities'>): Role[] {
  const role = entity.candidate.role;
  if (!role || role.title.trim() === '') return [];
  const orgId = role.orgName ? orgIdNamed(role.orgName, state, ids, dataset) : undefined;
  return [{ title: role.title.trim(), ...(orgId ? { orgId } : {}), evidence: { articleId, quote: entity.candidate.evidence } }];
}

/** Whether a source date is later than `now` at the date's own precision (a date without a year never is). */
function isAfter(date: SourceDate | undefined, now: Date): boolean {
  if (!date || date.value.startsWith('--')) return false;
  return date.value > now.toISOString().slice(0, date.value.length);
}

/** "Signed" only when the sentence says it was and its date is not still to come. */
function statusOf(evidence: string, date: SourceDate | undefined, now: Date): Agreement['status'] {
  const saysSigned = /\b(?:signed|inked)\b/i.test(evidence) && !/\b(?:will|to) be (?:signed|inked)\b/i.test(evidence);
  return saysSigned && !isAfter(date, now) ? 'signed' : 'announced';
}

function summaryOf(agreement: ResolvedAgreement, nameOf: (id: string) => string): string {
  const names = agreement.partyIds.map(nameOf);
  const parties = names.length <= 2 ? names.join(' and ') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  const date = agreement.review.candidate.date;
  return `${AGREEMENT_TYPE_LABELS[agreement.review.candidate.type]} between ${parties}${date ? `, ${formatSourceDate(date)}` : ''}.`;
}

/**
 * Agreement ids, unique against the dataset and each other. An existing agreement whose only
 * evidence is this article keeps its id, so adding the same page again updates it.
 */
function agreementIds(agreements: readonly ResolvedAgreement[], dataset: Pick<Dataset, 'agreements'>, articleId: string): string[] {
  const taken = new Set(dataset.agreements.filter((a) => a.evidence.some((e) => e.articleId !== articleId)).map((a) => a.id));
  return agreements.map((agreement) => {
    const base = `agreement:${idSlug(agreement.review.candidate.title)}`;
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  });
}

function webAddress(url: string | undefined): string | undefined {
  return url && canonicalArticleUrl(url) ? url : undefined;
}

function missingFields(state: ReviewState): ReviewedArticle['article']['missing'] {
  const missing = new Set(state.extracted.missing);
  // The extracted title stands in for a missing headline; a title the reader typed is one.
  if (state.fields.title.trim() !== state.extracted.title) missing.delete('headline');
  for (const field of ['site', 'author'] as const) {
    if (state.fields[field].trim() === '') missing.add(field);
    else missing.delete(field);
  }
  return ARTICLE_FIELDS.filter((field) => missing.has(field));
}

/**
 * The finished review as the background saves it: new entities with ids allocated, known and
 * merged ones with the aliases and roles the article adds, agreements whose parties survived the
 * review, every piece of evidence pointing at the article's id. Throws with the first problem in
 * plain words when the review cannot be saved (see reviewProblems); the result is validated.
 */
export function toReviewedArticle(state: ReviewState, dataset: Pick<Dataset, 'entities' | 'agreements'>, now: Date): ReviewedArticle {
  const problem = reviewProblems(state, dataset)[0];
  if (problem) throw new Error(problem.message);
  const articleId = reviewArticleId(state.extracted)!;
  const ids = allocateEntityIds(state, dataset);
  const byId = new Map<string, Entity>(dataset.entities.map((entity) => [entity.id, entity]));
  const title = state.fields.title.trim();

  const entities: ReviewedArticle['entities'] = [];
  const newNames = new Map<string, string>();
  for (const entity of state.entities) {
    const id = ids.get(entity.key);
    if (!id) continue;
    const roles = rolesOf(entity, articleId, state, ids, dataset);
    const target = entity.mergeInto === null ? undefined : byId.get(entity.mergeInto);
    if (target) {
      // Whatever the page calls the entity becomes an alias of the one it joins.
      const aliases = newAliases([{ text: entity.name, strength: 'strong' }, ...entity.aliases], [target.name, ...target.aliases.map((a) => a.text)]);
      entities.push({ action: 'merge', into: target.id, aliases, roles });
      continue;
    }
    const name = entity.name.trim();
    newNames.set(id, name);
    entities.push({
      action: 'new',
      entity: {
        id,
        kind: entity.kind,
        name,
        aliases: newAliases(entity.aliases, [name]),
        description: entity.description.trim() || fallbackDescription(entity.kind, title),
        roles,
      },
    });
  }

  const resolved = resolveAgreements(state, ids).filter((agreement) => agreement.included);
  const nameOf = (id: string) => newNames.get(id) ?? byId.get(id)?.name ?? id;
  const agreementIdList = agreementIds(resolved, dataset, articleId);
  const agreements: Agreement[] = resolved.map((agreement, index) => {
    const candidate = agreement.review.candidate;
    return {
      id: agreementIdList[index]!,
      title: candidate.title,
      type: candidate.type,
      parties: agreement.partyIds,
      signatories: agreement.signatories,
      ...(candidate.date ? { date: candidate.date } : {}),
      status: statusOf(candidate.evidence, candidate.date, now),
      topics: [],
      summary: summaryOf(agreement, nameOf),
      evidence: [{ articleId, quote: candidate.evidence }],
    };
  });

  const { extracted, fields } = state;
  const canonicalUrl = webAddress(extracted.canonicalUrl);
  return ReviewedArticle.parse({
    article: {
      // reviewProblems made sure one of the two is a web address.
      url: webAddress(extracted.url) ?? canonicalUrl,
      ...(canonicalUrl ? { canonicalUrl } : {}),
      title,
      ...(fields.site.trim() ? { site: fields.site.trim() } : {}),
      ...(fields.author.trim() ? { author: fields.author.trim() } : {}),
      ...(extracted.publishedAt ? { publishedAt: extracted.publishedAt } : {}),
      text: extracted.text,
      missing: missingFields(state),
    },
    entities,
    agreements,
  });
}

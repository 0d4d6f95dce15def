import type { Dataset, EntityKind } from '../dataset-schema';
import { articleRef, type ArticleRef } from './article-ref';
import { agreementView, evidenceView, type AgreementView, type EvidenceView } from './agreement-view';
import { datasetLookup, entityRef, type EntityRef } from './dataset-lookup';
import { countryName, entityDescription } from './entity-description';
import { compareSourceDatesNewestFirst } from './source-date-order';

export interface RoleView {
  title: string;
  org: EntityRef | null;
  evidence: EvidenceView;
}

export interface RelatedEntity extends EntityRef {
  /** Why it is related, in words: agreement titles, or "Chief Executive" for a role. */
  via: string[];
}

/** Everything the side panel's entity view shows about one entity. */
export interface EntityDetailsData {
  id: string;
  name: string;
  kind: EntityKind;
  /** The card's one line. */
  summary: string;
  /** The curated description. */
  description: string;
  country?: string;
  aliases: string[];
  roles: RoleView[];
  /** Newest first, every evidence quote with its source. */
  agreements: AgreementView[];
  /** Most links first. */
  related: RelatedEntity[];
  /** Articles that mention it, newest first. */
  articles: ArticleRef[];
}

export function entityDetails(dataset: Dataset, entityId: string): EntityDetailsData | null {
  const lookup = datasetLookup(dataset);
  const entity = lookup.entity(entityId);
  if (!entity) return null;

  const agreements = [...lookup.agreementsOf(entityId)].sort((a, b) => compareSourceDatesNewestFirst(a.date, b.date));
  const related = new Map<string, Set<string>>();
  const relate = (id: string, reason: string): void => {
    if (id === entityId) return;
    const reasons = related.get(id) ?? new Set<string>();
    reasons.add(reason);
    related.set(id, reasons);
  };
  for (const agreement of agreements) {
    for (const id of agreement.parties) relate(id, agreement.title);
    for (const signatory of agreement.signatories) {
      relate(signatory.personId, agreement.title);
      relate(signatory.onBehalfOf, agreement.title);
    }
  }
  for (const role of entity.roles) if (role.orgId) relate(role.orgId, role.title);
  for (const other of dataset.entities) {
    for (const role of other.roles) if (role.orgId === entityId) relate(other.id, role.title);
  }

  const articles = dataset.articles
    .filter((article) => (article.mentions[entityId] ?? 0) > 0 || entity.sources.includes(article.id))
    .sort((a, b) => compareSourceDatesNewestFirst(a.publishedAt, b.publishedAt));

  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    summary: entityDescription(lookup, entity),
    description: entity.description,
    ...(entity.country ? { country: countryName(lookup, entity.country) } : {}),
    aliases: [...new Set(entity.aliases.map((alias) => alias.text))].filter((text) => text !== entity.name),
    roles: entity.roles.map((role) => ({
      title: role.title,
      org: role.orgId ? entityRef(lookup, role.orgId) : null,
      evidence: evidenceView(lookup, role.evidence),
    })),
    agreements: agreements.map((agreement) => agreementView(lookup, agreement)),
    related: [...related]
      .map(([id, reasons]) => ({ ...entityRef(lookup, id), via: [...reasons] }))
      .sort((a, b) => b.via.length - a.via.length || a.name.localeCompare(b.name, 'en')),
    articles: articles.map(articleRef),
  };
}

import type { Agreement, Dataset, Entity, EntityKind } from '../dataset-schema';
import { articleRef, type ArticleRef } from './article-ref';
import { agreementTypeLabel, dateView, type AgreementType, type DateView } from './agreement-view';
import { datasetLookup, entityRef, type DatasetLookup } from './dataset-lookup';
import { entityDescription } from './entity-description';
import { compareSourceDatesNewestFirst } from './source-date-order';

export interface CardAgreement {
  id: string;
  title: string;
  type: AgreementType;
  typeLabel: string;
  date: DateView | null;
  /** The other side(s): parties other than this entity and the bodies it signed for. */
  counterparties: string[];
  /** "Chan Heng Kee (for Ministry of Defence)". */
  signatories: string[];
}

export interface CardEvidence {
  quote: string;
  source: ArticleRef;
}

/** Everything the hover card shows, plain JSON so it can cross from background to content script. */
export interface EntityCardData {
  id: string;
  name: string;
  kind: EntityKind;
  description: string;
  /** Newest first; dates without a year, then undated ones, last. */
  agreements: CardAgreement[];
  evidence: CardEvidence | null;
  articleCount: number;
}

function cardAgreement(lookup: DatasetLookup, agreement: Agreement, entityId: string): CardAgreement {
  const ownSide = new Set([
    entityId,
    ...agreement.signatories.filter((signatory) => signatory.personId === entityId).map((signatory) => signatory.onBehalfOf),
  ]);
  return {
    id: agreement.id,
    title: agreement.title,
    type: agreement.type,
    typeLabel: agreementTypeLabel(agreement.type),
    date: dateView(agreement.date),
    counterparties: agreement.parties.filter((id) => !ownSide.has(id)).map((id) => entityRef(lookup, id).name),
    signatories: agreement.signatories.map(
      (signatory) => `${entityRef(lookup, signatory.personId).name} (for ${entityRef(lookup, signatory.onBehalfOf).name})`,
    ),
  };
}

/**
 * The one quote the card shows: the newest agreement's, since that is the freshest fact about the
 * entity, else the evidence for one of its roles; among those, first one that names the entity
 * itself, so the sentence visibly speaks of who the card is about. Only quotes whose article is
 * still in the dataset qualify, because the card promises a source to go with them.
 */
function bestEvidence(lookup: DatasetLookup, entity: Entity, agreements: readonly Agreement[]): CardEvidence | null {
  const candidates = [...agreements.flatMap((agreement) => agreement.evidence), ...entity.roles.map((role) => role.evidence)].filter((evidence) =>
    lookup.article(evidence.articleId),
  );
  const names = [entity.name, ...entity.aliases.filter((alias) => alias.strength === 'strong').map((alias) => alias.text)].map((name) => name.toLowerCase());
  const best = candidates.find((evidence) => names.some((name) => evidence.quote.toLowerCase().includes(name))) ?? candidates[0];
  const article = best && lookup.article(best.articleId);
  return best && article ? { quote: best.quote, source: articleRef(article) } : null;
}

export function entityCard(dataset: Dataset, entityId: string): EntityCardData | null {
  const lookup = datasetLookup(dataset);
  const entity = lookup.entity(entityId);
  if (!entity) return null;
  const agreements = [...lookup.agreementsOf(entityId)].sort((a, b) => compareSourceDatesNewestFirst(a.date, b.date));
  return {
    id: entity.id,
    name: entity.name,
    kind: entity.kind,
    description: entityDescription(lookup, entity),
    agreements: agreements.map((agreement) => cardAgreement(lookup, agreement, entityId)),
    evidence: bestEvidence(lookup, entity, agreements),
    articleCount: lookup.articleCountOf(entityId),
  };
}

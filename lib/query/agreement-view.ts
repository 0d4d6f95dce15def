import type { Agreement, SourceDate } from '../dataset-schema';
import { articleRef, type ArticleRef } from './article-ref';
import { entityRef, type DatasetLookup, type EntityRef } from './dataset-lookup';
import { formatSourceDate } from './format-source-date';

export type AgreementType = Agreement['type'];

const TYPE_LABELS: Record<AgreementType, string> = {
  agreement: 'Agreement',
  memorandum: 'Memorandum',
  'joint-lab': 'Joint lab',
  partnership: 'Partnership',
  'working-group': 'Working group',
  'statement-of-cooperation': 'Statement of cooperation',
  programme: 'Programme',
  membership: 'Membership',
};

export function agreementTypeLabel(type: AgreementType): string {
  return TYPE_LABELS[type];
}

/** A date as the reader sees it plus the ISO value it sorts by. */
export interface DateView {
  /** In words, e.g. "19 April (year not given)". */
  text: string;
  /** The source's own words, e.g. "April 19". */
  sourceText: string;
  /** ISO 8601 at the stated precision, or --MM-DD without a year. */
  value: string;
  precision: SourceDate['precision'];
}

export interface SignatoryView {
  person: EntityRef;
  onBehalfOf: EntityRef;
  /** "Chan Heng Kee (for Ministry of Defence)". */
  label: string;
}

export interface EvidenceView {
  quote: string;
  /** Absent when the article has been removed from the dataset; the quote still stands. */
  source?: ArticleRef;
}

export interface AgreementView {
  id: string;
  title: string;
  type: AgreementType;
  typeLabel: string;
  status: Agreement['status'];
  summary: string;
  date: DateView | null;
  parties: EntityRef[];
  signatories: SignatoryView[];
  evidence: EvidenceView[];
}

export function dateView(date: SourceDate | undefined): DateView | null {
  if (!date) return null;
  return { text: formatSourceDate(date), sourceText: date.text, value: date.value, precision: date.precision };
}

export function evidenceView(lookup: DatasetLookup, evidence: { articleId: string; quote: string }): EvidenceView {
  const article = lookup.article(evidence.articleId);
  return article ? { quote: evidence.quote, source: articleRef(article) } : { quote: evidence.quote };
}

export function agreementView(lookup: DatasetLookup, agreement: Agreement): AgreementView {
  return {
    id: agreement.id,
    title: agreement.title,
    type: agreement.type,
    typeLabel: agreementTypeLabel(agreement.type),
    status: agreement.status,
    summary: agreement.summary,
    date: dateView(agreement.date),
    parties: agreement.parties.map((id) => entityRef(lookup, id)),
    signatories: agreement.signatories.map((signatory) => {
      const person = entityRef(lookup, signatory.personId);
      const onBehalfOf = entityRef(lookup, signatory.onBehalfOf);
      return { person, onBehalfOf, label: `${person.name} (for ${onBehalfOf.name})` };
    }),
    evidence: agreement.evidence.map((evidence) => evidenceView(lookup, evidence)),
  };
}

/** One agreement by id, for the panel's agreement view; null when the dataset no longer has it. */
export function findAgreementView(lookup: DatasetLookup, agreements: readonly Agreement[], agreementId: string): AgreementView | null {
  const agreement = agreements.find((candidate) => candidate.id === agreementId);
  return agreement ? agreementView(lookup, agreement) : null;
}

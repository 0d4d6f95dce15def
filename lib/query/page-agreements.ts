import type { Dataset } from '../dataset-schema';
import { agreementView, type AgreementView } from './agreement-view';
import { datasetLookup } from './dataset-lookup';
import { compareSourceDates } from './source-date-order';

export interface PageAgreement extends AgreementView {
  /** Ids of this agreement's parties and signatories that the page mentions. */
  onPage: string[];
  /** Two or more of its parties are named on the page: the page is likely about this agreement. */
  coMentioned: boolean;
}

/**
 * Agreements that involve an entity on the page (as party or signatory). Those with two parties
 * both on the page come first, then each group runs as a timeline, oldest first, with dates the
 * source gives without a year and undated agreements at the end.
 */
export function pageAgreements(dataset: Dataset, pageEntityIds: Iterable<string>): PageAgreement[] {
  const lookup = datasetLookup(dataset);
  const onPageIds = new Set(pageEntityIds);
  const seen = new Set<string>();
  const found: { agreement: Dataset['agreements'][number]; onPage: string[]; coMentioned: boolean }[] = [];
  for (const entityId of onPageIds) {
    for (const agreement of lookup.agreementsOf(entityId)) {
      if (seen.has(agreement.id)) continue;
      seen.add(agreement.id);
      const involved = new Set([...agreement.parties, ...agreement.signatories.map((signatory) => signatory.personId)]);
      const onPage = [...involved].filter((id) => onPageIds.has(id));
      const partiesOnPage = agreement.parties.filter((id) => onPageIds.has(id)).length;
      found.push({ agreement, onPage, coMentioned: partiesOnPage >= 2 });
    }
  }
  found.sort(
    (a, b) =>
      Number(b.coMentioned) - Number(a.coMentioned) ||
      compareSourceDates(a.agreement.date, b.agreement.date) ||
      a.agreement.title.localeCompare(b.agreement.title, 'en'),
  );
  return found.map(({ agreement, onPage, coMentioned }) => ({ ...agreementView(lookup, agreement), onPage, coMentioned }));
}

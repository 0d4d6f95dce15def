import type { Agreement, Article, Dataset, Entity, Evidence, SourceDate } from '../dataset-schema';
import { ftmId } from './ftm-id';

/**
 * FollowTheMoney (alephdata/followthemoney, `followthemoney/schema/*.yaml`), the entity format of
 * Aleph, OpenSanctions and the `ftm` tools, so investigators can load what the reader gathered.
 *
 * How Backstory maps onto it, and why:
 * - Organisations → `Organization`, or `PublicBody` when the name itself says it is a ministry, a
 *   government or a directorate-general (PUBLIC_BODY_NAME). Names are the only reliable signal we
 *   have: "agency" or "institute" cover private bodies too, so those stay `Organization`.
 * - People → `Person` with `position` (each role's title and organisation).
 * - Countries are `country` codes on entities. A country that is itself a party, a signatory's
 *   principal or an employer acts as a state, so it also becomes a `PublicBody` with its code.
 * - Articles → `Article` (a `Document`): title, author, publishedAt, publisher, sourceUrl, bodyText.
 * - Agreements → `Project` ("an activity carried out by a group of participants") with one
 *   `ProjectParticipant` per party. Agreements have two to many parties, and joint labs,
 *   programmes and working groups are exactly such activities; the pairwise links (`UnknownLink`,
 *   `Associate`: people only) would split one fact into many and lose the agreement itself, and
 *   `Contract` needs an issuing authority and awards.
 * - Signatories → `Representation` (the person acted on behalf of the organisation) plus a
 *   `ProjectParticipant` tying the person to the agreement they signed.
 * - Roles at an organisation → `Membership` with the title as `role`.
 * - Evidence: every link carries its quotes and source in `description` (and `sourceUrl` where the
 *   article has one); each agreement's quotes are also `Documentation` links from the source
 *   `Article` to the `Project`, and a role without an organisation gets one to the person.
 *
 * Every property value is an array of strings; dates are given only when FtM can read them (a
 * `--04-19` without a year is kept in the description instead).
 */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const PUBLIC_BODY_NAME = /\b(?:ministry|minist[eè]re|government|directorate[- ]general)\s+(?:of|for|de|des|du)\b/i;

const AGREEMENT_TYPE_LABELS: Record<Agreement['type'], string> = {
  agreement: 'agreement',
  memorandum: 'memorandum of understanding',
  'joint-lab': 'joint laboratory',
  partnership: 'partnership',
  'working-group': 'working group',
  'statement-of-cooperation': 'statement of cooperation',
  programme: 'programme',
  membership: 'membership',
};

type Values = string | undefined | readonly (string | undefined)[];

/** The dataset as FollowTheMoney entities, one JSON object per line, referents before links. */
export function toFollowTheMoney(dataset: Dataset): string {
  return followTheMoneyEntities(dataset)
    .map((entity) => JSON.stringify(entity))
    .join('\n')
    .concat('\n');
}

export function followTheMoneyEntities(dataset: Dataset): FtmEntity[] {
  const out = new Map<string, FtmEntity>();
  const emit = (id: string, schema: string, properties: Record<string, Values>) => {
    if (!out.has(id)) out.set(id, { id, schema, properties: cleanProperties(properties) });
  };
  const entities = new Map(dataset.entities.map((entity) => [entity.id, entity]));
  const articles = new Map(dataset.articles.map((article) => [article.id, article]));
  const actingStates = countriesActingAsStates(dataset, entities);
  const legal = (id: string) => {
    const entity = entities.get(id);
    return entity !== undefined && (entity.kind !== 'country' || actingStates.has(id));
  };
  const organisation = (id: string) => legal(id) && entities.get(id)?.kind !== 'person';
  const sourceUrl = (evidence: readonly Evidence[]) => evidence.map((e) => articles.get(e.articleId)).map((a) => a?.canonicalUrl ?? a?.url);
  const evidenceLines = (evidence: readonly Evidence[]) => evidence.map((e) => evidenceLine(e, articles.get(e.articleId)));

  for (const article of dataset.articles) emit(ftmId(article.id), 'Article', articleProperties(article));

  for (const entity of dataset.entities) {
    if (!legal(entity.id)) continue;
    const schema = entity.kind === 'person' ? 'Person' : entity.kind === 'country' || PUBLIC_BODY_NAME.test(entity.name) ? 'PublicBody' : 'Organization';
    const strong = entity.aliases.filter((alias) => alias.strength === 'strong' && alias.text !== entity.name);
    emit(ftmId(entity.id), schema, {
      name: entity.name,
      alias: strong.map((alias) => alias.text),
      weakAlias: entity.aliases.filter((alias) => alias.strength === 'weak').map((alias) => alias.text),
      description: entity.description,
      country: entity.country ?? (entity.kind === 'country' ? entity.id.slice('country:'.length) : undefined),
      position: entity.kind === 'person' ? entity.roles.map((role) => withOrganisation(role.title, role.orgId === undefined ? undefined : entities.get(role.orgId))) : undefined,
      proof: entity.sources.filter((id) => articles.has(id)).map((id) => ftmId(id)),
    });
  }

  for (const agreement of dataset.agreements) {
    const project = ftmId(agreement.id);
    const date = ftmDate(agreement.date);
    const evidence = evidenceLines(agreement.evidence);
    const urls = sourceUrl(agreement.evidence);
    const label = AGREEMENT_TYPE_LABELS[agreement.type];
    emit(project, 'Project', {
      name: agreement.title,
      summary: agreement.summary,
      description: [`${capitalise(label)}, ${agreement.status}${agreement.date ? `, dated "${agreement.date.text}" in the source` : ''}.`, ...evidence].join('\n'),
      status: agreement.status,
      keywords: [label, ...agreement.topics],
      date,
      proof: agreement.evidence.filter((e) => articles.has(e.articleId)).map((e) => ftmId(e.articleId)),
      sourceUrl: urls,
    });
    for (const party of agreement.parties) {
      if (!legal(party)) continue;
      emit(ftmId(agreement.id, 'party', party), 'ProjectParticipant', { project, participant: ftmId(party), role: 'party', date, description: evidence, sourceUrl: urls });
    }
    for (const { personId, onBehalfOf } of agreement.signatories) {
      if (!legal(personId) || !legal(onBehalfOf)) continue;
      const principal = entities.get(onBehalfOf)?.name ?? onBehalfOf;
      emit(ftmId(agreement.id, 'signatory', personId, onBehalfOf), 'Representation', {
        agent: ftmId(personId),
        client: ftmId(onBehalfOf),
        role: `signatory of "${agreement.title}"`,
        date,
        description: evidence,
        sourceUrl: urls,
      });
      emit(ftmId(agreement.id, 'signed-by', personId), 'ProjectParticipant', {
        project,
        participant: ftmId(personId),
        role: `signatory on behalf of ${principal}`,
        date,
        description: evidence,
        sourceUrl: urls,
      });
    }
    agreement.evidence.forEach((e, index) => {
      if (!articles.has(e.articleId)) return;
      emit(ftmId(agreement.id, 'evidence', String(index)), 'Documentation', { document: ftmId(e.articleId), entity: project, role: 'evidence', summary: e.quote, sourceUrl: sourceUrl([e]) });
    });
  }

  for (const entity of dataset.entities) {
    if (!legal(entity.id)) continue;
    entity.roles.forEach((role, index) => {
      const id = ftmId(entity.id, 'role', String(index));
      if (role.orgId !== undefined && organisation(role.orgId) && role.orgId !== entity.id) {
        emit(id, 'Membership', {
          member: ftmId(entity.id),
          organization: ftmId(role.orgId),
          role: role.title,
          description: evidenceLines([role.evidence]),
          sourceUrl: sourceUrl([role.evidence]),
        });
      } else if (articles.has(role.evidence.articleId)) {
        emit(id, 'Documentation', {
          document: ftmId(role.evidence.articleId),
          entity: ftmId(entity.id),
          role: `evidence of position: ${role.title}`,
          summary: role.evidence.quote,
          sourceUrl: sourceUrl([role.evidence]),
        });
      }
    });
  }
  return [...out.values()];
}

function countriesActingAsStates(dataset: Dataset, entities: ReadonlyMap<string, Entity>): Set<string> {
  const referenced = [
    ...dataset.agreements.flatMap((agreement) => [...agreement.parties, ...agreement.signatories.flatMap((s) => [s.personId, s.onBehalfOf])]),
    ...dataset.entities.flatMap((entity) => entity.roles.flatMap((role) => (role.orgId ? [role.orgId] : []))),
  ];
  return new Set(referenced.filter((id) => entities.get(id)?.kind === 'country'));
}

function articleProperties(article: Article): Record<string, Values> {
  return {
    title: article.title,
    author: article.author,
    publisher: article.site,
    publishedAt: ftmDate(article.publishedAt),
    sourceUrl: article.canonicalUrl ?? article.url,
    // FtM dates are UTC prefixes of ISO 8601 without the zone or fractions.
    retrievedAt: article.addedAt.slice(0, 19),
    bodyText: article.text,
  };
}

/** Only year-first dates: FtM reads `2021`, `2021-10`, `2021-10-04`, not a month and day alone. */
function ftmDate(date: SourceDate | undefined): string | undefined {
  return date && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(date.value) ? date.value : undefined;
}

function evidenceLine(evidence: Evidence, article: Article | undefined): string {
  if (!article) return `"${evidence.quote}" (source article ${evidence.articleId})`;
  const about = [article.site, article.publishedAt?.text].filter(Boolean).join(', ');
  return `"${evidence.quote}" (${article.title}${about ? `; ${about}` : ''})`;
}

function withOrganisation(title: string, organisation: Entity | undefined): string {
  return organisation ? `${title}, ${organisation.name}` : title;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** FtM wants every value an array of non-empty strings; absent values are left out, not emptied. */
function cleanProperties(properties: Record<string, Values>): Record<string, string[]> {
  const clean: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(properties)) {
    const list = (typeof values === 'string' || values === undefined ? [values] : values).filter((value): value is string => typeof value === 'string' && value.trim() !== '');
    const unique = [...new Set(list)];
    if (unique.length > 0) clean[name] = unique;
  }
  return clean;
}

import { z } from './zod';

/**
 * The data model of DESIGN.md. Every edge (seed build, storage reads, messages, imported files)
 * validates against these schemas; the TypeScript types are inferred from them.
 */

export const ENTITY_KINDS = ['org', 'person', 'country'] as const;
export const EntityKind = z.enum(ENTITY_KINDS);
export type EntityKind = z.infer<typeof EntityKind>;

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const EntityId = z
  .string()
  .regex(/^(org|person|country):[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like org:cnrs, person:chan-heng-kee or country:fr');
export type EntityId = z.infer<typeof EntityId>;
export const AgreementId = z.string().regex(/^agreement:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like agreement:fr-sg-joint-lab');
export const ArticleId = z.string().regex(/^article:[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must look like article:ab959db86a84e8a3');
export type ArticleId = z.infer<typeof ArticleId>;

const text = z.string().trim().min(1, 'must not be empty');

/** A verbatim sentence from an article that proves a fact. */
export const Evidence = z.object({
  articleId: ArticleId,
  quote: text,
});
export type Evidence = z.infer<typeof Evidence>;

/** Strong aliases name the entity on their own; weak ones only count with corroboration on the page. */
export const Alias = z.object({
  text: text,
  strength: z.enum(['strong', 'weak']),
  lang: z.string().regex(/^[a-z]{2}$/).optional(),
});
export type Alias = z.infer<typeof Alias>;

export const Role = z.object({
  title: text,
  orgId: EntityId.optional(),
  evidence: Evidence,
});
export type Role = z.infer<typeof Role>;

export const Entity = z.object({
  id: EntityId,
  kind: EntityKind,
  name: text,
  aliases: z.array(Alias),
  description: text,
  /** ISO 3166-1 alpha-2 code, lower case, of the country the entity belongs to. */
  country: z.string().regex(/^[a-z]{2}$/).optional(),
  roles: z.array(Role).default([]),
  sources: z.array(ArticleId).default([]),
});
export type Entity = z.infer<typeof Entity>;

/**
 * A date as the source gives it. `value` is ISO 8601 at the stated precision: `2025-02-01`,
 * `2021-11`, `2019`, or `--04-19` for a day and month whose year the source does not give.
 * `basis` says where any part not written in the quote comes from (e.g. the article's date).
 */
export const SourceDate = z.object({
  text: text,
  value: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}-\d{2})$/, 'must be YYYY, YYYY-MM, YYYY-MM-DD or --MM-DD'),
  precision: z.enum(['day', 'month', 'year']),
  basis: z.string().optional(),
});
export type SourceDate = z.infer<typeof SourceDate>;

export const AGREEMENT_TYPES = [
  'agreement',
  'memorandum',
  'joint-lab',
  'partnership',
  'working-group',
  'statement-of-cooperation',
  'programme',
  'membership',
] as const;

export const Signatory = z.object({ personId: EntityId, onBehalfOf: EntityId });
export type Signatory = z.infer<typeof Signatory>;

export const Agreement = z.object({
  id: AgreementId,
  title: text,
  type: z.enum(AGREEMENT_TYPES),
  parties: z.array(EntityId).min(2, 'an agreement needs at least two parties'),
  signatories: z.array(Signatory).default([]),
  date: SourceDate.optional(),
  status: z.enum(['announced', 'signed', 'active', 'proposed', 'ended']),
  topics: z.array(text).default([]),
  summary: text,
  evidence: z.array(Evidence).min(1, 'every agreement needs at least one evidence quote'),
});
export type Agreement = z.infer<typeof Agreement>;

export const ARTICLE_FIELDS = ['headline', 'site', 'author', 'date', 'url'] as const;

export const Article = z.object({
  id: ArticleId,
  title: text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  canonicalUrl: z.url({ protocol: /^https?$/ }).optional(),
  site: text.optional(),
  author: text.optional(),
  publishedAt: SourceDate.optional(),
  addedAt: z.iso.datetime(),
  origin: z.enum(['seed', 'user']),
  /** Metadata the source does not give, said rather than invented. */
  missing: z.array(z.enum(ARTICLE_FIELDS)).default([]),
  /** Mentions of each entity in the article's text. */
  mentions: z.record(EntityId, z.number().int().positive()),
  text: z.string(),
});
export type Article = z.infer<typeof Article>;

export const DATASET_VERSION = 1;

export const Dataset = z.object({
  version: z.literal(DATASET_VERSION),
  entities: z.array(Entity),
  agreements: z.array(Agreement),
  articles: z.array(Article),
});
export type Dataset = z.infer<typeof Dataset>;

export { slug as SLUG_PATTERN };

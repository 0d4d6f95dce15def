import { z } from 'zod';
import { Agreement, ArticleId, ARTICLE_FIELDS, Entity, SourceDate } from '../dataset-schema';

/**
 * The reviewed curation of the seed articles (seeds/curation.json, documented in seeds/README.md).
 * Objects are strict so a misspelt key fails the build instead of being silently dropped.
 */

const text = z.string().trim().min(1, 'must not be empty');

export const CurationArticle = z.strictObject({
  /** File name inside seeds/, e.g. `000_ab959db86a84e8a3.txt`. */
  file: z.string().regex(/^[0-9]+_[0-9a-f]+\.txt$/, 'must look like 000_ab959db86a84e8a3.txt'),
  id: ArticleId,
  title: text,
  site: text.optional(),
  author: text.optional(),
  publishedAt: SourceDate.optional(),
  /** Metadata the source does not give; required so the reviewer says it rather than forgets it. */
  missing: z.array(z.enum(ARTICLE_FIELDS)),
});
export type CurationArticle = z.infer<typeof CurationArticle>;

/**
 * An entity as curated: `sources` is left out because the build computes it from the article texts.
 * `roles` is required (possibly empty) so that parsing adds no field and the file round-trips.
 */
export const CurationEntity = z.strictObject({
  ...Entity.omit({ sources: true, roles: true }).shape,
  roles: Entity.shape.roles.unwrap(),
});
export type CurationEntity = z.infer<typeof CurationEntity>;

/** `signatories` and `topics` are required for the same round-trip reason as `roles` above. */
export const CurationAgreement = z.strictObject({
  ...Agreement.shape,
  signatories: Agreement.shape.signatories.unwrap(),
  topics: Agreement.shape.topics.unwrap(),
});
export type CurationAgreement = z.infer<typeof CurationAgreement>;

export const Curation = z.strictObject({
  articles: z.array(CurationArticle),
  entities: z.array(CurationEntity),
  agreements: z.array(CurationAgreement),
});
export type Curation = z.infer<typeof Curation>;

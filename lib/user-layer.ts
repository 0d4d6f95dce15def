import { z } from './zod';
import { Agreement, AgreementId, Article, ArticleId, Entity, EntityId } from './dataset-schema';

/**
 * The reader's own layer over the bundled dataset: what they added, what they corrected (same id,
 * their version wins) and which bundled items they removed. Stored apart from the bundle, so an
 * update of the bundled dataset never loses the reader's work.
 */
export const USER_LAYER_VERSION = 1;

export const UserLayer = z.object({
  version: z.literal(USER_LAYER_VERSION),
  entities: z.array(Entity),
  agreements: z.array(Agreement),
  articles: z.array(Article),
  /** Bundled entities, agreements or articles the reader removed. */
  hidden: z.array(z.union([EntityId, AgreementId, ArticleId])),
});
export type UserLayer = z.infer<typeof UserLayer>;

export const EMPTY_USER_LAYER: UserLayer = { version: USER_LAYER_VERSION, entities: [], agreements: [], articles: [], hidden: [] };

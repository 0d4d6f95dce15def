import { z } from './zod';
import { Agreement, Alias, ARTICLE_FIELDS, Entity, EntityId, Role, SourceDate } from './dataset-schema';

const httpUrl = z.url({ protocol: /^https?$/ }).max(8192);
const text = z.string().trim().min(1, 'must not be empty');

/**
 * What the reader saves after reviewing "Add this page": the article as extracted (and possibly
 * corrected), each accepted entity either new or merged into a known one, and the accepted
 * agreements. The background validates it with this schema and applies it to the reader's layer.
 */
export const ReviewedArticle = z.object({
  article: z.object({
    url: httpUrl,
    canonicalUrl: httpUrl.optional(),
    title: text.max(2048),
    site: text.max(512).optional(),
    author: text.max(1024).optional(),
    publishedAt: SourceDate.optional(),
    text: z.string().max(5_000_000, 'the article text is over 5 million characters'),
    missing: z.array(z.enum(ARTICLE_FIELDS)),
  }),
  entities: z.array(
    z.discriminatedUnion('action', [
      /** A new entity; its `sources` are set by the background. */
      z.object({ action: z.literal('new'), entity: Entity.omit({ sources: true }) }),
      /** A candidate that is a known entity: the reader's new aliases and roles join it. */
      z.object({ action: z.literal('merge'), into: EntityId, aliases: z.array(Alias), roles: z.array(Role) }),
    ]),
  ),
  agreements: z.array(Agreement),
});
export type ReviewedArticle = z.infer<typeof ReviewedArticle>;

/** What a save changed, for the panel to say so. */
export interface SaveSummary {
  articleId: string;
  /** True when the URL was already in the dataset and its article was updated, not duplicated. */
  updated: boolean;
  newEntities: number;
  mergedEntities: number;
  agreements: number;
}

/** What removing an article takes with it, shown before the reader confirms. */
export interface RemovalSummary {
  articleId: string;
  title: string;
  /** Entities only this article introduced, removed with it. */
  entities: { id: string; name: string }[];
  /** Agreements whose only evidence is this article, removed with it. */
  agreements: { id: string; title: string }[];
}

import { z } from './zod';
import { ArticleId, EntityId } from './dataset-schema';
import { ReviewedArticle } from './reviewed-article';

/**
 * Every message between the extension's parts, declared once. Payloads are validated with zod
 * where they arrive in the background (`ProtocolSchemas`); the content script imports only the
 * types, so zod never ships to pages.
 */

const TabId = z.number().int().nonnegative();

export const ProtocolSchemas = {
  /** content → background: what the page mentions; answered with the cards of those entities. */
  pageScanned: z.object({
    status: z.enum(['ready', 'paused']),
    url: z.string().max(8192),
    title: z.string().max(2048),
    counts: z.record(EntityId, z.number().int().nonnegative()),
  }),
  /** content → background: one card not prefetched (e.g. after the dataset changed). */
  getCard: z.object({ entityId: EntityId }),
  /** popup, card or side panel → background: open the side panel for a tab, optionally on an entity. */
  openSidePanel: z.object({ tabId: TabId.optional(), entityId: EntityId.optional() }),
  /** side panel → background → content: scroll to the next mention of an entity and flash it. */
  jumpTo: z.object({ tabId: TabId, entityId: EntityId }),
  /** side panel → background: save a reviewed article to the reader's layer (answers SaveSummary). */
  saveArticle: ReviewedArticle,
  /** side panel → background: what removing an article would take with it (RemovalSummary). */
  previewRemoval: z.object({ articleId: ArticleId }),
  /** side panel → background: remove an article, with the entities and agreements only it brought. */
  removeArticle: z.object({ articleId: ArticleId }),
  /** side panel → background: undo the last save, removal or import. */
  undoLastChange: z.object({}),
  /**
   * side panel → background: import an exported file. `resolution` says, for entries that exist
   * with other content, whether the reader's or the file's version wins; the import is checked
   * whole first and then applied entirely or not at all (answers ImportSummary).
   */
  importDataset: z.object({
    fileText: z.string().max(25 * 1024 * 1024, 'the file is over 25 MB'),
    resolution: z.enum(['keep-mine', 'use-imported']),
  }),
} as const;

export type ProtocolMessageType = keyof typeof ProtocolSchemas;
export type ProtocolPayload<K extends ProtocolMessageType> = z.infer<(typeof ProtocolSchemas)[K]>;

/** Messages the background sends to a tab's content script. */
export type TabMessage =
  | { type: 'jumpTo'; entityId: string }
  | { type: 'stepMention'; direction: 1 | -1 }
  | { type: 'cardsChanged' }
  /** Whether a content script runs in the tab (browser pages and PDFs have none). */
  | { type: 'ping' }
  /** The page's markup and address, for "Add this page" (extracted in the side panel, not the page). */
  | { type: 'getPageHtml' }
  /**
   * A storage.local key content scripts read (the settings, the alias index) changed: read it again.
   * Tabs are told rather than listen to storage changes, because a storage.onChanged listener is
   * sent every change of every key with its old and new value, the reader's whole layer included.
   */
  | { type: 'storageChanged'; key: string };

export interface PageHtml {
  url: string;
  html: string;
}

export type ProtocolResult<T> = { ok: true; value: T } | { ok: false; error: string };

import { z } from './zod';
import { EntityId } from './dataset-schema';

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
} as const;

export type ProtocolMessageType = keyof typeof ProtocolSchemas;
export type ProtocolPayload<K extends ProtocolMessageType> = z.infer<(typeof ProtocolSchemas)[K]>;

/** Messages the background sends to a tab's content script. */
export type TabMessage =
  | { type: 'jumpTo'; entityId: string }
  | { type: 'stepMention'; direction: 1 | -1 }
  | { type: 'cardsChanged' }
  /** Whether a content script runs in the tab (browser pages and PDFs have none). */
  | { type: 'ping' };

export type ProtocolResult<T> = { ok: true; value: T } | { ok: false; error: string };

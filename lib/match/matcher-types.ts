import type { EntityKind } from '../dataset-schema';

/** One entity as the content script knows it: no dataset beyond what matching needs. */
export interface IndexedEntity {
  id: string;
  kind: EntityKind;
}

/** A mention in one block's text, offsets in UTF-16 code units of that text. */
export interface Mention {
  start: number;
  end: number;
  /** Index of the entity in the matcher's entity table. */
  entity: number;
}

/** What scanning one block found before the page-level rules run; opaque to callers. */
export interface BlockScan {
  readonly textLength: number;
}

export interface Matcher {
  readonly entityCount: number;
  entity(index: number): IndexedEntity;
  /** Finds candidate mentions in one block's text. Linear in the text; cache the result per block. */
  scan(text: string): BlockScan;
  /** `scan` for several blocks at once, in one pass (much cheaper than one call per block). */
  scanBlocks(texts: readonly string[]): BlockScan[];
  /**
   * Applies the page-level rules (weak aliases, surnames, ambiguity, enabled kinds) to every block of
   * a page, blocks in document order, and returns the mentions of each block, sorted, never overlapping.
   */
  resolve(scans: readonly BlockScan[], kinds: ReadonlySet<EntityKind>): Mention[][];
  /**
   * The same rules one block at a time: the page-wide pass (what the page names, and where) runs
   * here, once; each block's mentions are worked out when asked for, so a caller resolving a huge
   * page can yield between blocks. `scans` must not change while the returned function is in use.
   */
  resolvePage(scans: readonly BlockScan[], kinds: ReadonlySet<EntityKind>): (block: number) => readonly Mention[];
}

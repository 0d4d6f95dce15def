import type { EntityKind } from '../dataset-schema';

/** The `::highlight()` names styled by entrypoints/content/highlights.css. */
export const KIND_HIGHLIGHT_NAMES: Readonly<Record<EntityKind, string>> = {
  org: 'backstory-org',
  person: 'backstory-person',
  country: 'backstory-country',
};
export const FOCUS_HIGHLIGHT_NAME = 'backstory-focus';

export interface HighlightEntry {
  kind: EntityKind;
  range: StaticRange;
}

/**
 * Mentions painted through the CSS Custom Highlight API: the page's nodes are never inserted, split,
 * wrapped or moved. Ranges are `StaticRange`s because every live `Range` is updated by the browser on
 * every later mutation of the page. Ranges are grouped by an owner key (a block), so one block's
 * mentions are swapped without touching the others.
 */
export interface HighlightRegistry {
  /** False when the browser lacks `CSS.highlights`, `Highlight` or `StaticRange`: every method is then a no-op. */
  readonly supported: boolean;
  createRange(init: StaticRangeInit): StaticRange | null;
  replace(owner: object, entries: readonly HighlightEntry[]): void;
  remove(owner: object): void;
  setFocus(range: StaticRange | null): void;
  /** Removes every highlight this registry added, leaving the page as it was. */
  clear(): void;
}

/** The Highlight API as found on a window; absent members mean unsupported. */
interface HighlightApi {
  registry: globalThis.HighlightRegistry;
  Highlight: new () => Highlight;
  StaticRange: new (init: StaticRangeInit) => StaticRange;
}
type CssHighlightRegistry = globalThis.HighlightRegistry;

export function createHighlightRegistry(document: Document): HighlightRegistry {
  const api = highlightApi(document);
  return api === null ? unsupportedRegistry : supportedRegistry(api);
}

function supportedRegistry(api: HighlightApi): HighlightRegistry {
  const byKind = new Map<EntityKind, Highlight>();
  const focus = new api.Highlight();
  // The focused mention paints over its ordinary highlight.
  focus.priority = 1;
  const owned = new Map<object, readonly HighlightEntry[]>();
  let registered = false;

  function highlightFor(kind: EntityKind): Highlight {
    let highlight = byKind.get(kind);
    if (highlight === undefined) {
      highlight = new api.Highlight();
      byKind.set(kind, highlight);
      if (registered) api.registry.set(KIND_HIGHLIGHT_NAMES[kind], highlight);
    }
    return highlight;
  }

  function ensureRegistered(): void {
    if (registered) return;
    registered = true;
    // Replaces highlights left by an earlier copy of the content script (extension reload).
    for (const [kind, highlight] of byKind) api.registry.set(KIND_HIGHLIGHT_NAMES[kind], highlight);
    api.registry.set(FOCUS_HIGHLIGHT_NAME, focus);
  }

  function remove(owner: object): void {
    const entries = owned.get(owner);
    if (entries === undefined) return;
    owned.delete(owner);
    for (const { kind, range } of entries) byKind.get(kind)?.delete(range);
  }

  return {
    supported: true,
    createRange(init) {
      try {
        return new api.StaticRange(init);
      } catch {
        // A text node the page shortened since it was read: the rescan that follows fixes it.
        return null;
      }
    },
    replace(owner, entries) {
      remove(owner);
      if (entries.length === 0) return;
      ensureRegistered();
      owned.set(owner, entries);
      for (const { kind, range } of entries) highlightFor(kind).add(range);
    },
    remove,
    setFocus(range) {
      focus.clear();
      if (range === null) return;
      ensureRegistered();
      focus.add(range);
    },
    clear() {
      owned.clear();
      focus.clear();
      for (const highlight of byKind.values()) highlight.clear();
      if (!registered) return;
      registered = false;
      for (const [kind, highlight] of byKind) {
        const name = KIND_HIGHLIGHT_NAMES[kind];
        if (api.registry.get(name) === highlight) api.registry.delete(name);
      }
      if (api.registry.get(FOCUS_HIGHLIGHT_NAME) === focus) api.registry.delete(FOCUS_HIGHLIGHT_NAME);
    },
  };
}

function highlightApi(document: Document): HighlightApi | null {
  const view = document.defaultView as (Partial<Window> & Partial<typeof globalThis>) | null;
  if (view === null) return null;
  const registry = view.CSS?.highlights;
  const HighlightConstructor = view.Highlight;
  const StaticRangeConstructor = view.StaticRange;
  if (registry === undefined || typeof HighlightConstructor !== 'function' || typeof StaticRangeConstructor !== 'function') {
    return null;
  }
  return { registry, Highlight: HighlightConstructor, StaticRange: StaticRangeConstructor };
}

const unsupportedRegistry: HighlightRegistry = {
  supported: false,
  createRange: () => null,
  replace: () => {},
  remove: () => {},
  setFocus: () => {},
  clear: () => {},
};

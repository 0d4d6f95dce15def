import { storage } from 'wxt/utils/storage';

/**
 * The reader's own layer (lib/user-layer.ts) and what goes with it. Only the background, the side
 * panel and the popup import this module: `storage.defineItem` reads an item's value as soon as it
 * is defined, and the layer is megabytes at scale, so a content script importing it would read the
 * whole dataset on every page load (a check of the built content script keeps it out).
 */

/**
 * Stored as read: the background validates it with zod and keeps an unreadable one aside.
 * Version 1 is the first stored shape; migrations go here.
 */
export const userLayerItem = storage.defineItem<unknown>('local:userLayer', {
  fallback: null,
  version: 1,
});

/** The layer as it was before the last undoable change. */
export const userLayerUndoItem = storage.defineItem<unknown>('local:userLayerUndo', { fallback: null });

/** What went wrong reading the reader's layer, in plain words, until they dismiss it. */
export const layerProblemItem = storage.defineItem<string | null>('local:userLayerProblem', { fallback: null });

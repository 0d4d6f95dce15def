import { storage } from 'wxt/utils/storage';
import { userLayerAsText } from './storage-migrations/user-layer-as-text';

/**
 * The reader's own layer (lib/user-layer.ts) and what goes with it. Only the background and the
 * side panel import this module: `storage.defineItem` reads an item's value as soon as it is
 * defined, and the layer is megabytes at scale, so a content script importing it would read the
 * whole dataset on every page load (a unit test keeps it out of the content script's bundle).
 */

/**
 * The layer's JSON text (lib/stored-user-layer.ts), stored as read: the background validates it
 * with zod and keeps an unreadable one aside. Version 1 stored the layer as an object.
 */
export const userLayerItem = storage.defineItem<unknown>('local:userLayer', {
  fallback: null,
  version: 2,
  migrations: { 2: userLayerAsText },
});

/** The layer's JSON text as it was before the last undoable change. */
export const userLayerUndoItem = storage.defineItem<unknown>('local:userLayerUndo', {
  fallback: null,
  version: 2,
  migrations: { 2: userLayerAsText },
});

/** What went wrong reading the reader's layer, in plain words, until they dismiss it. */
export const layerProblemItem = storage.defineItem<string | null>('local:userLayerProblem', { fallback: null });

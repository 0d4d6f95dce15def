import { storage } from 'wxt/utils/storage';
import { userLayerItem, userLayerUndoItem } from '../user-layer-items';
import type { LayerStorage } from './user-layer-store';

/** The user layer store's storage in `storage.local`; one key per value, so each write is atomic. */
export const layerStorage: LayerStorage = {
  read: () => userLayerItem.getValue(),
  write: (text) => userLayerItem.setValue(text),
  async keepAside(stored, reason) {
    const key = `userLayer:unreadable:${new Date().toISOString()}` as const;
    await storage.setItem(`local:${key}`, { reason, raw: stored });
    return key;
  },
  readUndo: () => userLayerUndoItem.getValue(),
  writeUndo: (text) => (text === null ? userLayerUndoItem.removeValue() : userLayerUndoItem.setValue(text)),
};

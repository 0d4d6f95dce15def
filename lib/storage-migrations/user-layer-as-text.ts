/**
 * Version 1 → 2 of the stored user layer and its undo copy: the layer stored as a structured object
 * becomes its JSON text (lib/stored-user-layer.ts says why). Whatever was stored is kept as it was,
 * a damaged layer included: reading it afterwards finds the damage and keeps it aside whole.
 */
export function userLayerAsText(stored: unknown): string {
  return JSON.stringify(stored);
}

import { UserLayer } from './user-layer';

/**
 * How the reader's layer is stored: as one JSON text, not as a structured object. At 10,000
 * entities and 5,000 articles the browser reads a 7 MB layer stored as an object in 0.5–1.4 s
 * (every field is its own value to copy between processes) and the same layer as one text in under
 * 0.1 s, plus tens of milliseconds to parse it; and every open tab whose content script listens to
 * storage changes receives each change as a 230–480 ms task when it is an object, 15–30 ms as text.
 */
export function storedUserLayer(layer: UserLayer): string {
  return JSON.stringify(layer);
}

/** `text` is the layer's text as stored, for copying it unchanged (an undo copy, a restore). */
export type ReadUserLayer = { ok: true; layer: UserLayer; text: string } | { ok: false; reason: string };

/** What was stored, read and validated; a reason in plain words when it is not a layer this version reads. */
export function readStoredUserLayer(stored: unknown): ReadUserLayer {
  if (typeof stored !== 'string') return { ok: false, reason: `(root): expected the layer's JSON text, found ${stored === null ? 'null' : typeof stored}` };
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch (error) {
    return { ok: false, reason: `(root): not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const parsed = UserLayer.safeParse(value);
  if (parsed.success) return { ok: true, layer: parsed.data, text: stored };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unreadable' };
}

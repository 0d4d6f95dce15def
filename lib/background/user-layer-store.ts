import { readStoredUserLayer, storedUserLayer } from '../stored-user-layer';
import { EMPTY_USER_LAYER, UserLayer } from '../user-layer';

/**
 * Where the layer lives, as its JSON text (lib/stored-user-layer.ts); the background passes
 * storage-backed functions, tests pass memory. Reads give what is stored, null when nothing is.
 */
export interface LayerStorage {
  read(): Promise<unknown>;
  write(text: string): Promise<void>;
  /** Keeps an unreadable stored layer, as it was stored, under another key instead of losing it. */
  keepAside(stored: unknown, reason: string): Promise<string>;
  readUndo(): Promise<unknown>;
  writeUndo(text: string | null): Promise<void>;
}

export interface LayerProblem {
  /** Plain words for the reader: what went wrong and what was kept. */
  message: string;
  keptAs: string;
}

export interface UserLayerStore {
  /** The current layer; an unreadable store is kept aside and reported, never thrown. */
  load(): Promise<{ layer: UserLayer; problem: LayerProblem | null }>;
  /**
   * Applies one change: read, change, validate, write. Changes run one at a time, so saves from two
   * tabs at once both land; a change that fails validation or cannot be written changes nothing.
   */
  update(change: (layer: UserLayer) => UserLayer, options?: { undoable?: boolean }): Promise<UserLayer>;
  /** Restores the layer as it was before the last undoable change. */
  undo(): Promise<UserLayer | null>;
}

export function createUserLayerStore(storage: LayerStorage): UserLayerStore {
  let queue: Promise<unknown> = Promise.resolve();
  let problem: LayerProblem | null = null;
  /**
   * The last text stored that this store knows to be a valid layer, exactly as it would write it:
   * what it wrote, or what it read, validated, and would write the same. Read back unchanged (the
   * refresh after each change, the next change) it is only parsed: at 10,000 entities validating
   * costs about three times the parse. Anything else stored is validated as ever.
   */
  let validText: string | null = null;

  async function write(layer: UserLayer): Promise<void> {
    const text = storedUserLayer(layer);
    validText = null;
    await storage.write(text);
    validText = text;
  }

  function serialise<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  }

  /** The stored layer, and its text as stored (what an undo restores). */
  async function current(): Promise<{ layer: UserLayer; text: string }> {
    const stored = await storage.read();
    // A fresh object each time: a change may alter the layer it is given.
    if (validText !== null && stored === validText) return { layer: JSON.parse(validText) as UserLayer, text: validText };
    const empty = storedUserLayer(EMPTY_USER_LAYER);
    if (stored === null || stored === undefined) return { layer: structuredClone(EMPTY_USER_LAYER), text: empty };
    const read = readStoredUserLayer(stored);
    if (read.ok) {
      if (storedUserLayer(read.layer) === read.text) validText = read.text;
      return read;
    }
    const keptAs = await storage.keepAside(stored, read.reason);
    await storage.write(empty);
    problem = {
      message: `Your saved additions could not be read (${read.reason}). They were kept aside as "${keptAs}" and the bundled dataset is in use; export or import can recover them.`,
      keptAs,
    };
    return { layer: structuredClone(EMPTY_USER_LAYER), text: empty };
  }

  return {
    load: () =>
      serialise(async () => {
        const { layer } = await current();
        // Reported once: the caller stores it for the reader, and later loads are clean.
        const reported = problem;
        problem = null;
        return { layer, problem: reported };
      }),
    update: (change, options = {}) =>
      serialise(async () => {
        // Read afresh for each change, so `change` may alter what it is given; the undo copy is the text as it was stored.
        const before = await current();
        const after = UserLayer.parse(change(before.layer));
        if (options.undoable !== false) await storage.writeUndo(before.text);
        await write(after);
        return after;
      }),
    undo: () =>
      serialise(async () => {
        const read = readStoredUserLayer(await storage.readUndo());
        if (!read.ok) return null;
        await write(read.layer);
        await storage.writeUndo(null);
        return read.layer;
      }),
  };
}

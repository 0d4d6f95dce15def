import { EMPTY_USER_LAYER, UserLayer } from '../user-layer';

/** Where the layer lives; the background passes storage-backed functions, tests pass memory. */
export interface LayerStorage {
  read(): Promise<unknown>;
  write(layer: UserLayer): Promise<void>;
  /** Keeps an unreadable stored layer under another key instead of losing it. */
  keepAside(raw: unknown, reason: string): Promise<string>;
  readUndo(): Promise<unknown>;
  writeUndo(layer: UserLayer | null): Promise<void>;
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

  function serialise<T>(task: () => Promise<T>): Promise<T> {
    const run = queue.then(task);
    queue = run.catch(() => {});
    return run;
  }

  async function current(): Promise<UserLayer> {
    const raw = await storage.read();
    if (raw === null || raw === undefined) return EMPTY_USER_LAYER;
    const parsed = UserLayer.safeParse(raw);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const reason = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unreadable';
    const keptAs = await storage.keepAside(raw, reason);
    await storage.write(EMPTY_USER_LAYER);
    problem = {
      message: `Your saved additions could not be read (${reason}). They were kept aside as "${keptAs}" and the bundled dataset is in use; export or import can recover them.`,
      keptAs,
    };
    return EMPTY_USER_LAYER;
  }

  return {
    load: () =>
      serialise(async () => {
        const layer = await current();
        // Reported once: the caller stores it for the reader, and later loads are clean.
        const reported = problem;
        problem = null;
        return { layer, problem: reported };
      }),
    update: (change, options = {}) =>
      serialise(async () => {
        const before = await current();
        const after = UserLayer.parse(change(structuredClone(before)));
        if (options.undoable !== false) await storage.writeUndo(before);
        await storage.write(after);
        return after;
      }),
    undo: () =>
      serialise(async () => {
        const parsed = UserLayer.safeParse(await storage.readUndo());
        if (!parsed.success) return null;
        await storage.write(parsed.data);
        await storage.writeUndo(null);
        return parsed.data;
      }),
  };
}

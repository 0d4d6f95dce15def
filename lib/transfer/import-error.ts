/** Said after every refusal, so the reader knows what was kept, not only what went wrong. */
export const NOTHING_CHANGED = 'Nothing was imported; your dataset is unchanged.';

/**
 * A refused import, in words a reader can act on: `The file is not valid: layer.entities[3].kind:
 * …`. `field` is the path of the bad field inside the file, when one is at fault.
 */
export class ImportError extends Error {
  override readonly name = 'ImportError';

  constructor(
    /** The problem alone, without the reassurance the message ends with. */
    readonly reason: string,
    readonly field?: string,
  ) {
    super(`${reason} ${NOTHING_CHANGED}`);
  }
}

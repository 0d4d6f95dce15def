/**
 * A problem in a seed data file, located precisely enough to fix without a debugger:
 * `seeds/curation.json: entities[3].aliases[0].text: must not be empty`.
 */
export class DataError extends Error {
  override readonly name = 'DataError';

  constructor(
    readonly file: string,
    /** Path inside the file (`entities[3].aliases[0].text`); empty when the whole file is at fault. */
    readonly field: string,
    readonly reason: string,
  ) {
    super(field ? `${file}: ${field}: ${reason}` : `${file}: ${reason}`);
  }
}

/** Formats a zod-style path (`['entities', 3, 'aliases', 0, 'text']`) as `entities[3].aliases[0].text`. */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  let field = '';
  for (const key of path) {
    if (typeof key === 'number') field += `[${key}]`;
    else field += field ? `.${String(key)}` : String(key);
  }
  return field;
}

import { Curation } from './curation-schema';
import { DataError, formatFieldPath } from './data-error';

/**
 * Reads the curation file. Throws a DataError naming the file, the first bad field and why.
 * Pure: it checks shape only; cross-references and quotes are checked by the seed build.
 */
export function parseCuration(text: string, file: string): Curation {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DataError(file, '', `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const result = Curation.safeParse(json);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new DataError(file, formatFieldPath(issue?.path ?? []), issue?.message ?? 'is invalid');
  }
  return result.data;
}

/** The one canonical text of a curation, so that formatCuration(parseCuration(text)) === text. */
export function formatCuration(curation: Curation): string {
  return JSON.stringify(curation, null, 2) + '\n';
}

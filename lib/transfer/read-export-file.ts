import { formatFieldPath } from '../seed/data-error';
import { EXPORT_FORMAT, EXPORT_VERSION, ExportFile } from './export-file';
import { ImportError } from './import-error';

/**
 * 25 MB: the seed dataset with its article texts is well under 1 MB, so a reader's dataset of
 * thousands of articles fits, while a wrong file picked by mistake (a video, a database dump) is
 * refused before it is parsed and held in memory several times over.
 */
export const MAX_IMPORT_BYTES = 25 * 1024 * 1024;

/**
 * Keys that would reach `Object.prototype` or a constructor once the parsed value is spread or
 * assigned somewhere. JSON.parse itself stores them as plain own keys, so they are refused here,
 * before anything else sees the value.
 */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Reads an exported file and checks everything that needs no other data: size, JSON, forbidden
 * keys, format and version, every field's type, and ids used twice. Throws ImportError.
 */
export function readExportFile(fileText: string): ExportFile {
  const bytes = utf8Length(fileText);
  if (bytes > MAX_IMPORT_BYTES) {
    throw new ImportError(`The file is too large (${megabytes(bytes)} MB); Backstory imports files of up to ${megabytes(MAX_IMPORT_BYTES)} MB.`);
  }
  const value = parseJson(fileText);
  const forbidden = findForbiddenKey(value);
  if (forbidden) {
    throw new ImportError(`The file is not valid: ${forbidden.field || 'the top level'} has a key named "${forbidden.key}", which Backstory refuses to protect your data.`, forbidden.field);
  }
  checkEnvelope(value);
  const result = ExportFile.safeParse(value);
  if (!result.success) {
    const [first, ...rest] = result.error.issues;
    const field = formatFieldPath(first?.path ?? []);
    const more = rest.length === 0 ? '' : ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'})`;
    throw new ImportError(`The file is not valid: ${field ? `${field}: ` : ''}${first?.message ?? 'is invalid'}${more}.`, field);
  }
  checkUniqueIds(result.data);
  return result.data;
}

/** The UTF-8 size without encoding a copy of a text that may be tens of megabytes. */
function utf8Length(text: string): number {
  if (text.length > MAX_IMPORT_BYTES) return text.length;
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      // A surrogate pair is one code point of four bytes.
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

const megabytes = (bytes: number) => (bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '');

function parseJson(fileText: string): unknown {
  if (fileText.trim() === '') throw new ImportError('The file is empty.');
  try {
    return JSON.parse(fileText) as unknown;
  } catch (error) {
    const where = jsonErrorPlace(fileText, error instanceof Error ? error.message : '');
    throw new ImportError(`The file is not valid JSON${where}: it may have been cut short or edited by hand.`);
  }
}

/** " at line 3, column 5", from whichever form the engine gives: V8's offset or Firefox's line and column. */
function jsonErrorPlace(text: string, message: string): string {
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) return ` at line ${lineColumn[1]}, column ${lineColumn[2]}`;
  const position = /at position (\d+)/.exec(message);
  if (position) {
    const offset = Number(position[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return ` at line ${line}, column ${column}`;
  }
  if (/end of (JSON )?(input|data)/i.test(message)) return ' (it ends too early)';
  return '';
}

interface PathStep {
  parent: PathStep | undefined;
  key: string | number;
}

function pathOf(step: PathStep | undefined): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at = step; at; at = at.parent) path.unshift(at.key);
  return path;
}

/** Walks with an explicit stack: a hostile file may nest deeper than the call stack goes. */
function findForbiddenKey(root: unknown): { key: string; field: string } | undefined {
  const stack: { value: unknown; at: PathStep | undefined }[] = [{ value: root, at: undefined }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value, at } = next;
    if (Array.isArray(value)) {
      value.forEach((item, index) => stack.push({ value: item, at: { parent: at, key: index } }));
    } else if (value !== null && typeof value === 'object') {
      for (const key of Object.keys(value)) {
        if (FORBIDDEN_KEYS.has(key)) return { key, field: formatFieldPath(pathOf(at)) };
        stack.push({ value: (value as Record<string, unknown>)[key], at: { parent: at, key } });
      }
    }
  }
  return undefined;
}

/** Format and version first, so a newer or foreign file gets that answer rather than a list of field errors. */
function checkEnvelope(value: unknown): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const held = value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`;
    throw new ImportError(`This is not a Backstory dataset file: it holds ${held} where an export object was expected.`);
  }
  const { format, version } = value as { format?: unknown; version?: unknown };
  if (format !== EXPORT_FORMAT) {
    const found = typeof format === 'string' ? `its format is "${format.slice(0, 40)}"` : 'it has no "format" field';
    throw new ImportError(`This is not a Backstory dataset file: ${found}, not "${EXPORT_FORMAT}".`, 'format');
  }
  if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) {
    throw new ImportError(`This file was made by a newer Backstory (version ${version}); this one reads version ${EXPORT_VERSION}. Update Backstory, then import it again.`, 'version');
  }
  if (version !== EXPORT_VERSION) {
    throw new ImportError(`This file has an unknown version (${JSON.stringify(version)?.slice(0, 20) ?? 'none'}); this Backstory reads version ${EXPORT_VERSION}.`, 'version');
  }
}

function checkUniqueIds(file: ExportFile): void {
  for (const list of ['entities', 'agreements', 'articles'] as const) {
    const firstAt = new Map<string, number>();
    file.layer[list].forEach((item, index) => {
      const earlier = firstAt.get(item.id);
      if (earlier !== undefined) {
        const field = `layer.${list}[${index}].id`;
        throw new ImportError(`The file is not valid: ${field}: "${item.id}" is used twice (first at layer.${list}[${earlier}]).`, field);
      }
      firstAt.set(item.id, index);
    });
  }
}

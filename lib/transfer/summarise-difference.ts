import { canonicalJson } from './canonical-json';

/** Enough to tell two versions apart in a list, not a full diff. */
const MAX_FIELDS = 3;
const MAX_VALUE = 60;

/**
 * One line per side naming the fields where two versions of an entry differ and each side's
 * value: `description: "France's national public…"; 3 aliases`. The reader picks a side from it.
 */
export function summariseDifference(mine: object, theirs: object): { mine: string; theirs: string } {
  const a = mine as Record<string, unknown>;
  const b = theirs as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => canonicalJson(a[key]) !== canonicalJson(b[key]));
  const shown = keys.slice(0, MAX_FIELDS);
  const more = keys.length > MAX_FIELDS ? `; and ${keys.length - MAX_FIELDS} more fields` : '';
  const side = (entry: Record<string, unknown>) => shown.map((key) => `${key}: ${shortValue(entry[key])}`).join('; ') + more;
  return { mine: side(a), theirs: side(b) };
}

function shortValue(value: unknown): string {
  if (value === undefined) return 'none';
  if (typeof value === 'string') return `"${truncate(value)}"`;
  if (Array.isArray(value)) {
    if (value.length === 0) return 'none';
    if (value.every((item) => typeof item === 'string')) return truncate(value.join(', '));
    return `${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  }
  if (value !== null && typeof value === 'object' && 'text' in value && typeof value.text === 'string') return `"${truncate(value.text)}"`;
  return truncate(canonicalJson(value));
}

function truncate(text: string): string {
  return text.length <= MAX_VALUE ? text : `${text.slice(0, MAX_VALUE - 1).trimEnd()}…`;
}

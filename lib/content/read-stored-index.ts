import { COMPACT_INDEX_VERSION, type CompactIndex } from '../match/alias-index';
import type { StoredIndex } from '../storage-items';

const STRING_FIELDS = ['kinds', 'partnerStart', 'partners', 'table', 'outStart', 'outPatterns', 'patternEntity', 'patternFlags', 'startFilter', 'wordFilter', 'nextFilter'] as const;

/**
 * Checks the shape of the stored alias index by hand (zod stays out of content scripts); anything
 * else, such as a store written by an older version or corrupted, reads as "no index yet".
 */
export function readStoredIndex(value: unknown): StoredIndex | null {
  if (typeof value !== 'object' || value === null) return null;
  const { stamp, index } = value as { stamp?: unknown; index?: unknown };
  if (typeof stamp !== 'string' || typeof index !== 'object' || index === null) return null;
  const candidate = index as Partial<Record<keyof CompactIndex, unknown>>;
  if (candidate.v !== COMPACT_INDEX_VERSION) return null;
  if (!Array.isArray(candidate.ids) || !candidate.ids.every((id) => typeof id === 'string')) return null;
  if (typeof candidate.tableMask !== 'number' || typeof candidate.aliasCount !== 'number') return null;
  if (!STRING_FIELDS.every((field) => typeof candidate[field] === 'string')) return null;
  if ((candidate.kinds as string).length !== candidate.ids.length) return null;
  if (!Array.isArray(candidate.lowerStarts) || !candidate.lowerStarts.every((word) => typeof word === 'string')) return null;
  const { lowerNext } = candidate;
  if (!Array.isArray(lowerNext) || lowerNext.length !== candidate.lowerStarts.length || !lowerNext.every((next) => typeof next === 'string')) return null;
  if (typeof candidate.punctStarts !== 'boolean') return null;
  return value as StoredIndex;
}

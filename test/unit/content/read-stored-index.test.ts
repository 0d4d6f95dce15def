import { describe, expect, it } from 'vitest';
import { readStoredIndex } from '../../../lib/content/read-stored-index';
import { buildAliasIndex, COMPACT_INDEX_VERSION } from '../../../lib/match/alias-index';
import { agreements, entities } from '../match/match-fixture';

const stored = () => ({ stamp: 'test', index: buildAliasIndex(entities, agreements) });

describe('readStoredIndex', () => {
  it('accepts the index as the background stores it', () => {
    const value = stored();
    expect(readStoredIndex(value)).toBe(value);
    expect(value.index.lowerStarts).toEqual(['the']);
  });

  it.each([
    ['nothing stored', () => undefined],
    ['an index of an older version', () => ({ ...stored(), index: { ...stored().index, v: COMPACT_INDEX_VERSION - 1 } })],
    ['no stamp', () => ({ index: stored().index })],
    ['a field that is not text', () => ({ ...stored(), index: { ...stored().index, table: 42 } })],
    ['kinds not one per entity', () => ({ ...stored(), index: { ...stored().index, kinds: 'o' } })],
    ['no list of what follows lower-case starts', () => ({ ...stored(), index: { ...stored().index, lowerNext: undefined } })],
    ['that list not one per lower-case start', () => ({ ...stored(), index: { ...stored().index, lowerNext: [] } })],
    ['that list holding something else than text', () => ({ ...stored(), index: { ...stored().index, lowerNext: [7] } })],
  ])('reads %s as no index yet', (_, value) => {
    expect(readStoredIndex(value())).toBeNull();
  });
});

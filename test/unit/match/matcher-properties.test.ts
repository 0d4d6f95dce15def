import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../lib/dataset-schema';
import { buildAliasIndex } from '../../../lib/match/alias-index';
import { createMatcher } from '../../../lib/match/create-matcher';
import { readToken, token } from '../../../lib/match/read-token';
import { agreements, ALL_KINDS, entities, fixtureMatcher } from './match-fixture';

/** Text a page may hold: names of the fixture entities mixed with words, marks, odd spaces and lone surrogates. */
const pieces = fc.constantFrom(
  ...entities.flatMap((e) => [e.name, ...e.aliases.map((a) => a.text)]),
  ' ', '\u00a0', '\u202f', '\u00ad', '\u200b', '’s', "'", '-', '—', '.', ',', '(', ')', '«', '»', '\n',
  'the', 'and', 'Mr', 'Dr.', 'Chanel', 'patos', 'us', 'aid', 'AID', 'FLOOD', 'É', 'é', 'ß', 'İ', '\ud83d\ude00', '\ud800', 'x', '\u0000',
);
const pageText = fc.array(fc.oneof(pieces, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(''));
const pageBlocks = fc.array(pageText, { minLength: 1, maxLength: 6 });

describe('matcher properties', () => {
  const matcher = fixtureMatcher();

  it('tokens lie inside the text, in order, without overlapping', () => {
    fc.assert(
      fc.property(pageText, (text) => {
        let previousEnd = 0;
        for (let i = readToken(text, 0); i >= 0; i = readToken(text, i)) {
          expect(token.start).toBeGreaterThanOrEqual(previousEnd);
          expect(token.end).toBeGreaterThan(token.start);
          expect(token.end).toBeLessThanOrEqual(text.length);
          previousEnd = token.end;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('mentions are always in range, sorted and never overlapping', () => {
    fc.assert(
      fc.property(pageBlocks, (blocks) => {
        const resolved = matcher.resolve(blocks.map((b) => matcher.scan(b)), ALL_KINDS);
        expect(resolved).toHaveLength(blocks.length);
        resolved.forEach((mentions, b) => {
          let reach = 0;
          for (const m of mentions) {
            expect(m.start).toBeGreaterThanOrEqual(reach);
            expect(m.end).toBeGreaterThan(m.start);
            expect(m.end).toBeLessThanOrEqual(blocks[b]!.length);
            expect(m.entity).toBeGreaterThanOrEqual(0);
            expect(m.entity).toBeLessThan(matcher.entityCount);
            reach = m.end;
          }
        });
      }),
      { numRuns: 400 },
    );
  });

  it('is stable under re-scan: the same page gives the same mentions, whatever was scanned before', () => {
    fc.assert(
      fc.property(pageBlocks, pageBlocks, (blocks, other) => {
        const first = matcher.resolve(blocks.map((b) => matcher.scan(b)), ALL_KINDS);
        matcher.resolve(other.map((b) => matcher.scan(b)), ALL_KINDS);
        const again = matcher.resolve(blocks.map((b) => matcher.scan(b)), ALL_KINDS);
        expect(again).toEqual(first);
      }),
      { numRuns: 200 },
    );
  });

  it('scanning blocks together finds exactly what scanning them one at a time finds', () => {
    fc.assert(
      fc.property(pageBlocks, (blocks) => {
        const together = matcher.resolve(matcher.scanBlocks(blocks), ALL_KINDS);
        const apart = matcher.resolve(blocks.map((b) => matcher.scan(b)), ALL_KINDS);
        expect(together).toEqual(apart);
      }),
      { numRuns: 400 },
    );
  });

  it('a name between spaces is found however the text around it is folded', () => {
    const strongNames = entities.filter((e) => e.kind !== 'country').map((e) => e.name);
    fc.assert(
      fc.property(fc.constantFrom(...strongNames), fc.constantFrom(' ', '\u00a0', '\n', ' (', '» '), fc.constantFrom('.', ' said', ', ', '’s view'), (name, before, after) => {
        const text = `Reported${before}${name}${after}`;
        const [mentions] = matcher.resolve([matcher.scan(text)], ALL_KINDS);
        const found = mentions!.map((m) => text.slice(m.start, m.end));
        expect(found).toContain(name);
      }),
      { numRuns: 200 },
    );
  });

  it('reads a lower-case first word only where an alias goes on from it, and finds what reading every one finds', () => {
    // Lower-case starts of every sort: "the" before two words, "de" before one, "ebay" alone.
    const extra: Entity[] = [
      ['person:de-gaulle', 'person', 'de Gaulle'],
      ['org:ebay', 'org', 'eBay'],
    ].map(([id, kind, name]) => ({ id, kind, name, aliases: [], description: 'test', roles: [], sources: [] }) as Entity);
    const index = buildAliasIndex([...entities, ...extra], agreements);
    expect(Object.fromEntries(index.lowerStarts.map((word, i) => [word, index.lowerNext[i]]))).toEqual({ de: 'g', ebay: '*', the: 'fm' });
    const restricted = createMatcher(index);
    const unrestricted = createMatcher({ ...index, lowerNext: index.lowerNext.map(() => '*') });
    const lowerPieces = fc.constantFrom(
      'the', 'the ', 'the talks', 'the ministry', 'the Ministry', 'the Foundation', 'the-Foundation', "the'ministry", 'the\u00a0Foundation',
      'the\u200bministry', 'the\u00admini', 'stry', 'theFoundation', 'the  \n ministry', 'thé ministry', 'de Gaulle', 'de-gaulle', 'de la', 'eBay', 'ebay',
      'EBAY', 'MINDEF', 'Skolkovo', ' ', '.', '\u0000',
    );
    const text = fc.array(fc.oneof(lowerPieces, pieces), { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (blocks) => {
        expect(restricted.resolve(restricted.scanBlocks(blocks), ALL_KINDS)).toEqual(unrestricted.resolve(unrestricted.scanBlocks(blocks), ALL_KINDS));
      }),
      { numRuns: 1000 },
    );
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidatePositions } from '../../../lib/match/create-matcher';
import { asciiInitial, BLOCK_SEPARATOR_CODE, foldedInitial, foldedToken, readToken, token, TOKEN_PUNCT } from '../../../lib/match/read-token';

/** Token starts where a name may begin, by the rule itself (not by the expression that finds them). */
function eligibleStarts(text: string, lowerStarts: ReadonlySet<string>, punctStarts: boolean): number[] {
  const starts: number[] = [];
  for (let i = readToken(text, 0); i >= 0; i = readToken(text, i)) {
    const code = text.charCodeAt(token.start);
    const eligible =
      token.flags & TOKEN_PUNCT
        ? // No alias starts with the separator put between blocks (the index leaves such aliases out).
          punctStarts && text.charCodeAt(token.start) !== BLOCK_SEPARATOR_CODE
        : (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code >= 128 || lowerStarts.has(foldedToken(text, token.start, token.end));
    if (eligible) starts.push(token.start);
  }
  return starts;
}

const tokenStarts = (text: string): Set<number> => {
  const starts = new Set<number>();
  for (let i = readToken(text, 0); i >= 0; i = readToken(text, i)) starts.add(token.start);
  return starts;
};

const pieces = fc.constantFrom(
  'the', 'The', 'THE', 'thé', 't\u00adhe', 'theory', 'de', 'iPhone', 'iphone', 'Chan', 'CNRS', '3M', 'École', 'ecole', 'ﬁnance',
  'Фонд', '«Сколково»', 'Foun\u200bdation', '\u200bDation', 'O’Brien', 'x', '@NUS', '華為', '\ud83d\ude00', '\ud800', 'é',
  ' ', '\u00a0', '\u202f', '\u00ad', '\u200b', '-', '—', '’', "'", '.', ',', '(', '“', '\n',
);
const text = fc.array(fc.oneof(pieces, fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 30 }).map((parts) => parts.join(''));
const configs = fc.record({
  lowerStarts: fc.subarray(['the', 'de', 'iphone', 'ecole', 'finance', 'x', 'o']),
  punctStarts: fc.boolean(),
});

/** Text with an unpaired surrogate: the token reader pairs it with whatever follows, so it has no clean word boundaries. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('candidate starts', () => {
  it('include every token a name may start with, and nothing inside a word', () => {
    fc.assert(
      fc.property(text, configs, (page, { lowerStarts, punctStarts }) => {
        fc.pre(!LONE_SURROGATE.test(page));
        const found = candidatePositions(page, lowerStarts, punctStarts);
        const foundSet = new Set(found);
        for (const start of eligibleStarts(page, new Set(lowerStarts), punctStarts)) expect(foundSet.has(start), `token at ${start} of ${JSON.stringify(page)}`).toBe(true);
        // A candidate that is not a token start is harmless only if no token starts inside it: the walk
        // reads a token from it and gives up unless the token starts exactly there.
        const starts = tokenStarts(page);
        for (const at of found) {
          if (starts.has(at)) continue;
          readToken(page, at);
          expect(token.start === at && starts.has(at)).toBe(false);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['capitals, digits and other scripts', 'said Chan and 3M in Фонд', [], ['Chan', '3M', 'Фонд']],
    ['a lower-case start only where an alias begins so', 'the ministry and theory', ['the'], ['the']],
    ['a folded spelling of it', 'thé and t\u00adhe', ['the'], ['thé', 't\u00adhe']],
    ['not the inside of a word', 'Foun\u200bDation McDonald', [], ['Foun\u200bDation', 'McDonald']],
  ])('%s', (_, page, lowerStarts, expected) => {
    const words = candidatePositions(page, lowerStarts, false).map((at) => {
      readToken(page, at);
      return page.slice(token.start, token.end);
    });
    expect(words.filter((word) => expected.includes(word))).toEqual(expected);
    expect(words.filter((word) => /^[a-z]/.test(word) && !expected.includes(word))).toEqual([]);
  });

  it('a lower-case start only before a word some alias goes on with, or before a letter outside ASCII', () => {
    const page = 'the talks, the Foundation, the-ministry, the\u00a0Foundation, the. the';
    const at = (from: number) => page.indexOf('the', from);
    const found = candidatePositions(page, ['the'], false, ['fm']).filter((position) => page.startsWith('the', position));
    expect(found).toEqual([at(10), at(27), at(40)]);
    expect(candidatePositions(page, ['the'], false, ['*']).filter((position) => page.startsWith('the', position))).toHaveLength(6);
  });

  it('the first letter seen ahead (without reading) is the first letter of the token read', () => {
    fc.assert(
      fc.property(text, fc.nat(40), (page, at) => {
        const from = Math.min(at, page.length);
        const initial = asciiInitial(page, from);
        const next = readToken(page, from);
        if (initial === -2) expect(next).toBe(-1);
        else if (initial >= 0) expect(foldedInitial(page, token.start, token.end, token.flags)).toBe(initial);
      }),
      { numRuns: 2000 },
    );
  });
});

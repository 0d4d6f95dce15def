import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../lib/extract/split-sentences';

const texts = (text: string): string[] => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after honorifics, initials or a dotted acronym before a name', () => {
    expect(texts('It was signed by Mr. Chan Heng Kee and Dr. Emmanuel Chiva. The lab opens soon.')).toEqual([
      'It was signed by Mr. Chan Heng Kee and Dr. Emmanuel Chiva.',
      'The lab opens soon.',
    ]);
    expect(texts('ISRO chairman S. Somanath spoke. The U.S. Department of State agreed.')).toEqual([
      'ISRO chairman S. Somanath spoke.',
      'The U.S. Department of State agreed.',
    ]);
    expect(texts('Talks with A.P. Moller - Maersk ended.')).toHaveLength(1);
  });

  it('splits after a dotted acronym that ends a sentence', () => {
    expect(texts('Singapore will work with the U.S. The talks resume in May.')).toEqual(['Singapore will work with the U.S.', 'The talks resume in May.']);
  });

  it('splits on line breaks, keeps closing quotes with their sentence and records offsets and paragraphs', () => {
    const text = 'Headline without stop\n\n"We agree," she said. Then they left.\nNext line';
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Headline without stop', '"We agree," she said.', 'Then they left.', 'Next line']);
    for (const s of sentences) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences.map((s) => s.paragraph)).toEqual([0, 1, 1, 1]);
  });
});

import type { NameMention } from './name-mention';
import { demonymOfCode } from './country-names';

/** Portfolios whose ministry is not simply "Ministry of <portfolio>". */
const PORTFOLIO_NAMES: Record<string, string> = {
  foreign: 'Foreign Affairs',
  'foreign affairs': 'Foreign Affairs',
  home: 'Home Affairs',
  interior: 'the Interior',
  defence: 'Defence',
  defense: 'Defense',
};

const TITLE = /^(?:(?:deputy|vice|junior|senior|acting|former|state)\s+)*((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+minister$/iu;

/**
 * The ministry a portfolio minister's title implies: "Russian deputy economic development minister"
 * → Ministry of Economic Development, "Singapore's Foreign Minister" → Ministry of Foreign Affairs.
 * Only for the "<portfolio> minister" form, where the words are the portfolio; a prime minister
 * has none. The country comes from the title ("Russian", "Singapore's").
 */
export function ministryOfTitle(person: Omit<NameMention, 'sentence'>, sentence: number): NameMention[] {
  const title = person.role?.title;
  if (!title || !person.country) return [];
  const match = TITLE.exec(title.trim());
  const portfolio = match?.[1]?.toLowerCase();
  if (!portfolio || /\b(?:prime|cabinet|chief|first)\b/.test(portfolio)) return [];
  const named = PORTFOLIO_NAMES[portfolio] ?? portfolio.replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const demonym = demonymOfCode(person.country);
  if (!demonym) return [];
  return [
    {
      kind: 'org',
      name: `${demonym} Ministry of ${named}`,
      sentence,
      start: person.start,
      end: person.start,
      rule: 'ministry',
      country: person.country,
      description: `Ministry implied by the title "${title.trim()}"`,
    },
  ];
}

import { describe, expect, it } from 'vitest';
import type { SourceDate } from '../../../lib/dataset-schema';
import { resolveDates } from '../../../lib/extract/resolve-dates';

const THURSDAY: SourceDate = { text: '8 February 2024', value: '2024-02-08', precision: 'day' };
const values = (sentence: string, reference?: SourceDate): string[] => resolveDates(sentence, reference).map((d) => d.date.value);

describe('resolveDates', () => {
  it('keeps explicit dates at their written precision', () => {
    expect(resolveDates('It was signed on 12 March 2024 in Brussels.')[0]?.date).toEqual({ text: '12 March 2024', value: '2024-03-12', precision: 'day' });
    expect(resolveDates('The group was set up in 2019.')[0]?.date).toEqual({ text: '2019', value: '2019', precision: 'year' });
    expect(values('Talks began in November 2021.')).toEqual(['2021-11']);
  });

  it('resolves a weekday against the article date: backwards for reports, forwards for plans', () => {
    const [past] = resolveDates('Their ministers said in a joint statement on Tuesday.', THURSDAY);
    expect(past?.date).toEqual({ text: 'Tuesday', value: '2024-02-06', precision: 'day', basis: 'relative to article date 2024-02-08' });
    expect(past?.relative).toBe(true);
    expect(values('The group will meet on Tuesday.', THURSDAY)).toEqual(['2024-02-13']);
    expect(values('Canada will set up a group, the ministers said on Tuesday.', THURSDAY)).toEqual(['2024-02-06']);
  });

  it('drops relative dates when the article has no date', () => {
    expect(values('The ministers met on Tuesday.')).toEqual([]);
  });

  it('gives a day and month without a year as --MM-DD, or the year the article implies', () => {
    expect(resolveDates('The agreement was signed on April 19 by Mr. Chan.')[0]?.date).toEqual({ text: 'April 19', value: '--04-19', precision: 'day' });
    expect(values('The agreement was signed on April 19.', THURSDAY)).toEqual(['2023-04-19']);
    expect(values('The first meeting was on 19 November.', { text: 'x', value: '2021-12-09', precision: 'day' })).toEqual(['2021-11-19']);
    expect(values('The group would meet in June.', THURSDAY)).toEqual(['2024-06']);
  });

  it('ignores times of day and text that is not a date', () => {
    expect(values('The call lasted until 4 pm and covered three topics.')).toEqual([]);
  });
});

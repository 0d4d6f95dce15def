import { describe, expect, it } from 'vitest';
import { formatSourceDate } from '../../../lib/query/format-source-date';
import { compareSourceDates, compareSourceDatesNewestFirst } from '../../../lib/query/source-date-order';
import type { SourceDate } from '../../../lib/dataset-schema';

const date = (value: string, precision: SourceDate['precision'], text = value): SourceDate => ({ text, value, precision });

describe('formatSourceDate', () => {
  it.each([
    [date('--04-19', 'day', 'April 19'), '19 April (year not given)'],
    [date('2025-02', 'month'), 'February 2025'],
    [date('2025-02-01', 'day'), '1 February 2025'],
    [date('2019', 'year'), '2019'],
    // Never more precise than the source says, even if the value carries more digits.
    [date('2021-12-09', 'month'), 'December 2021'],
    [date('2021-12-09', 'year'), '2021'],
  ])('%o → %s', (input, expected) => {
    expect(formatSourceDate(input)).toBe(expected);
  });

  it("falls back to the source's words when the value is not a real month", () => {
    expect(formatSourceDate(date('2025-13-01', 'day', 'the 1st of Smarch'))).toBe('the 1st of Smarch');
    expect(formatSourceDate(date('--13-40', 'day', 'sometime'))).toBe('sometime');
  });
});

describe('source date order', () => {
  const dates = [undefined, date('--04-19', 'day'), date('2025-02-01', 'day'), date('2019', 'year'), date('2021-12', 'month')];

  it('runs oldest first with year-less dates and then missing dates last', () => {
    expect([...dates].sort(compareSourceDates).map((d) => d?.value)).toEqual(['2019', '2021-12', '2025-02-01', '--04-19', undefined]);
  });

  it('runs newest first with year-less dates and then missing dates still last', () => {
    expect([...dates].sort(compareSourceDatesNewestFirst).map((d) => d?.value)).toEqual(['2025-02-01', '2021-12', '2019', '--04-19', undefined]);
  });
});

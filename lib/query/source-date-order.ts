import type { SourceDate } from '../dataset-schema';

/** True when the source gives a year, so the date can take a place on a timeline. */
export function hasYear(date: SourceDate | undefined): date is SourceDate {
  return date !== undefined && !date.value.startsWith('--');
}

/**
 * Orders dates oldest first. ISO values at mixed precision compare correctly as strings ("2019" <
 * "2019-11" < "2019-11-19"). Dates without a year cannot be placed, so they come after every dated
 * one, and a missing date comes last of all.
 */
export function compareSourceDates(a: SourceDate | undefined, b: SourceDate | undefined): number {
  const rank = (date: SourceDate | undefined): number => (date === undefined ? 2 : hasYear(date) ? 0 : 1);
  const byRank = rank(a) - rank(b);
  if (byRank !== 0 || a === undefined || b === undefined) return byRank;
  return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
}

/** Newest first, still with year-less and missing dates at the end: they are not "old", just unknown. */
export function compareSourceDatesNewestFirst(a: SourceDate | undefined, b: SourceDate | undefined): number {
  if (hasYear(a) && hasYear(b)) return compareSourceDates(b, a);
  return compareSourceDates(a, b);
}

/** The year as a number, for recency scoring; undefined when the source gives none. */
export function sourceDateYearFraction(date: SourceDate | undefined): number | undefined {
  if (!hasYear(date)) return undefined;
  const [year, month, day] = date.value.split('-').map(Number);
  // A date known only to the year or month sits in the middle of that span.
  const monthIndex = month === undefined ? 6 : month - 1;
  const dayFraction = day === undefined ? (month === undefined ? 0 : 0.5) : (day - 1) / 31;
  return year! + (monthIndex + dayFraction) / 12;
}

import type { SourceDate } from '../dataset-schema';

// English month names written out rather than Intl, so the text is the same in every browser locale
// and in Node tests; the rest of the interface is English too.
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const FULL = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const NO_YEAR = /^--(\d{2})-(\d{2})$/;

function monthName(month: string): string | undefined {
  return MONTHS[Number(month) - 1];
}

/**
 * A source date in words at the precision the source gives: "1 February 2025", "February 2025",
 * "2019", or "19 April (year not given)" when the source names no year. Says nothing more precise
 * than the source did; falls back to the source's own words if the value cannot be read.
 */
export function formatSourceDate(date: SourceDate): string {
  const noYear = NO_YEAR.exec(date.value);
  if (noYear) {
    const month = monthName(noYear[1]!);
    const day = Number(noYear[2]);
    return month && day >= 1 && day <= 31 ? `${day} ${month} (year not given)` : date.text;
  }
  const full = FULL.exec(date.value);
  if (!full) return date.text;
  const [, year, monthDigits, dayDigits] = full;
  const month = monthDigits === undefined ? undefined : monthName(monthDigits);
  if (monthDigits !== undefined && !month) return date.text;
  if (date.precision === 'year' || !month) return year!;
  if (date.precision === 'month' || dayDigits === undefined) return `${month} ${year}`;
  const day = Number(dayDigits);
  return day >= 1 && day <= 31 ? `${day} ${month} ${year}` : date.text;
}

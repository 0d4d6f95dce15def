import type { SourceDate } from '../dataset-schema';
import { cleanPageText } from './clean-page-text';

const ISO = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Before this no news page was published; a date outside it is a page's mistake or a lie. */
const EARLIEST_YEAR = 1990;
/** Pages are sometimes stamped a little ahead (time zones, embargoes); a year ahead is not credible. */
const LATEST_AHEAD_MS = 2 * 86_400_000;

/**
 * A publication date as the page claims it (JSON-LD `datePublished`, `article:published_time`,
 * `<time datetime>`), checked rather than trusted: it must be ISO 8601, a real calendar day, not
 * before 1990 and not after `now`. The day is the one written, in the page's own time zone.
 */
export function cleanPageDate(value: unknown, now: Date): SourceDate | undefined {
  const text = cleanPageText(value, 64);
  if (!text) return undefined;
  const match = ISO.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const y = Number(year);
  if (y < EARLIEST_YEAR) return undefined;
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day !== undefined) {
    const check = new Date(Date.UTC(y, Number(month) - 1, Number(day)));
    if (check.getUTCMonth() !== Number(month) - 1 || check.getUTCDate() !== Number(day)) return undefined;
  }
  const value10 = [year, month, day].filter((part) => part !== undefined).join('-');
  const earliestInstant = new Date(`${day ? value10 : month ? `${value10}-01` : `${value10}-01-01`}T00:00:00Z`);
  if (earliestInstant.getTime() - LATEST_AHEAD_MS > now.getTime()) return undefined;
  return { text, value: value10, precision: day ? 'day' : month ? 'month' : 'year' };
}

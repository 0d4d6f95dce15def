import * as chrono from 'chrono-node';
import type { SourceDate } from '../dataset-schema';

/** A date written in a sentence, resolved as far as the text and the article's date allow. */
export interface DateMention {
  date: SourceDate;
  /** Offsets of the date's words in the sentence. */
  start: number;
  end: number;
  /** Worked out from the article's date ("on Tuesday") rather than written in full. */
  relative: boolean;
}

const FUTURE = /\b(?:will|would|shall|is to|are to|to be|next|upcoming|plans? to|expected to|scheduled)\b/i;
const BARE_YEAR = /\b(?:in|since|from|until|by|of|during|through)\s+((?:19|20)\d{2})\b(?![-/]\d)/g;
const DAY_MS = 86_400_000;

/** Noon UTC on the article's day, or undefined when the article gives no full date. */
function referenceInstant(reference: SourceDate | undefined): Date | undefined {
  if (!reference || reference.precision !== 'day' || !/^\d{4}-\d{2}-\d{2}$/.test(reference.value)) return undefined;
  const instant = new Date(`${reference.value}T12:00:00Z`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * Every date in a sentence. Explicit dates keep the precision they are written with (day, month or
 * year). A day and month without a year take the article's year (the previous one if that would put
 * a past event after publication) or, with no article date, become `--MM-DD`. Relative dates ("on
 * Tuesday", "yesterday") resolve against the article's date, backwards unless the sentence speaks of
 * the future, and are dropped when the article has no date. Times of day are ignored.
 */
export function resolveDates(sentence: string, reference?: SourceDate): DateMention[] {
  const anchor = referenceInstant(reference);
  // Tense is read in the clause around each date: "will set up a group, their ministers said on Tuesday".
  const futureAt = (at: number): boolean => FUTURE.test(clauseAround(sentence, at));
  const found: DateMention[] = [];
  const basis = anchor ? `article date ${iso(anchor)}` : undefined;
  const results = chrono.parse(sentence, { instant: anchor ?? new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 });
  for (const result of results) {
    const c = result.start;
    const future = futureAt(result.index);
    const text = result.text.replace(/[,\s]+$/u, '').replace(/^on\s+/iu, '');
    const start = result.index + result.text.indexOf(text);
    const span = { start, end: start + text.length };
    const year = c.isCertain('year');
    const month = c.isCertain('month');
    const day = c.isCertain('day');
    if (year && month && day) {
      found.push({ date: { text, value: iso(c.date()), precision: 'day' }, ...span, relative: false });
    } else if (year && month) {
      found.push({ date: { text, value: iso(c.date()).slice(0, 7), precision: 'month' }, ...span, relative: false });
    } else if (month && day) {
      const mmdd = iso(c.date()).slice(5);
      if (!anchor) {
        found.push({ date: { text, value: `--${mmdd}`, precision: 'day' }, ...span, relative: false });
        continue;
      }
      let inYear = anchor.getUTCFullYear();
      const candidate = new Date(`${inYear}-${mmdd}T12:00:00Z`);
      if (!future && candidate.getTime() > anchor.getTime() + 7 * DAY_MS) inYear -= 1;
      if (future && candidate.getTime() < anchor.getTime() - 7 * DAY_MS) inYear += 1;
      found.push({ date: { text, value: `${inYear}-${mmdd}`, precision: 'day', ...(basis ? { basis: `year from ${basis}` } : {}) }, ...span, relative: false });
    } else if (month && anchor) {
      let inYear = anchor.getUTCFullYear();
      const monthNumber = c.get('month') ?? 1;
      if (!future && monthNumber > anchor.getUTCMonth() + 2) inYear -= 1;
      if (future && monthNumber < anchor.getUTCMonth() + 1) inYear += 1;
      const value = `${inYear}-${String(monthNumber).padStart(2, '0')}`;
      found.push({ date: { text, value, precision: 'month', ...(basis ? { basis: `year from ${basis}` } : {}) }, ...span, relative: false });
    } else if (anchor && (c.isCertain('weekday') || result.tags().has('result/relativeDate') || /\b(?:today|yesterday|tomorrow)\b/i.test(text))) {
      found.push({ date: relativeDate(text, c, anchor, future, basis), ...span, relative: true });
    }
  }
  for (const match of sentence.matchAll(BARE_YEAR)) {
    const value = match[1] ?? '';
    const start = (match.index ?? 0) + match[0].lastIndexOf(value);
    if (found.some((f) => f.start <= start && f.end > start)) continue;
    found.push({ date: { text: value, value, precision: 'year' }, start, end: start + value.length, relative: false });
  }
  return found.sort((a, b) => a.start - b.start);
}

function relativeDate(text: string, c: chrono.ParsedComponents, anchor: Date, future: boolean, basis: string | undefined): SourceDate {
  const onlyYear = !c.isCertain('weekday') && !c.isCertain('day') && /\byear\b/i.test(text);
  const onlyMonth = !c.isCertain('weekday') && !c.isCertain('day') && /\bmonth\b/i.test(text);
  let date = c.date();
  if (c.isCertain('weekday')) {
    // A bare weekday in a news report is the nearest such day before publication, or after it when
    // the sentence is about what will happen.
    if (!future && date.getTime() > anchor.getTime()) date = new Date(date.getTime() - 7 * DAY_MS);
    if (future && date.getTime() < anchor.getTime()) date = new Date(date.getTime() + 7 * DAY_MS);
  }
  const withBasis = basis ? { basis: `relative to ${basis}` } : {};
  if (onlyYear) return { text, value: iso(date).slice(0, 4), precision: 'year', ...withBasis };
  if (onlyMonth) return { text, value: iso(date).slice(0, 7), precision: 'month', ...withBasis };
  return { text, value: iso(date), precision: 'day', ...withBasis };
}

function clauseAround(sentence: string, at: number): string {
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf('—')) + 1;
  const after = sentence.slice(at).search(/[,;—]/);
  return sentence.slice(start, after < 0 ? sentence.length : at + after);
}

/**
 * Key dates in legal texts are often partial: "d'ici 2026", "fin 2025", "juin 2025". They are
 * stored honestly as `YYYY`, `YYYY-MM` or `YYYY-MM-DD` with a precision and an optional qualifier,
 * and shown as what they are.
 */
import { FRENCH_MONTHS, formatDateFr, parseIsoDay } from './french-date.ts';

export const PRECISIONS = ['day', 'month', 'year'] as const;
export type Precision = (typeof PRECISIONS)[number];

/** Qualifiers of an approximate date, as French legal texts write them. */
export const QUALIFIERS = {
  debut: 'début',
  mi: 'mi-',
  fin: 'fin',
  'd-ici': 'd’ici',
  avant: 'avant',
} as const;
export type Qualifier = keyof typeof QUALIFIERS;

export interface PartialDate {
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, matching `precision`. */
  date: string;
  precision: Precision;
  qualifier?: Qualifier | undefined;
}

const SHAPES: Record<Precision, RegExp> = {
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  year: /^\d{4}$/,
};

/**
 * Years a date may have: wide enough for the oldest texts still cited (the Code civil of 1804,
 * the 1789 Declaration) and any deadline, narrow enough to catch a typed "20225" or "9999", and
 * to keep every date and its next day in four digits for iCalendar.
 */
export const YEARS = { min: 1000, max: 2999 } as const;

/** Explains why a year is out of range, or returns undefined when it is fine. */
export function yearProblem(year: number): string | undefined {
  return year < YEARS.min || year > YEARS.max ? `year ${year} is out of range; expected a year from ${YEARS.min} to ${YEARS.max}.` : undefined;
}

/** Explains why a partial date is invalid, or returns undefined when it is fine. */
export function partialDateProblem(value: PartialDate): string | undefined {
  const expected = { day: 'YYYY-MM-DD', month: 'YYYY-MM', year: 'YYYY' }[value.precision];
  if (!SHAPES[value.precision].test(value.date)) {
    return `date "${value.date}" does not match precision "${value.precision}"; expected ${expected}.`;
  }
  if (value.precision === 'day' && !parseIsoDay(value.date)) {
    return `date "${value.date}" is not a real calendar day.`;
  }
  return yearProblem(Number(value.date.slice(0, 4)));
}

/** "28 juin 2025", "juin 2025", "2026", "fin 2025", "d’ici 2026", "mi-2026". */
export function formatPartialDateFr(value: PartialDate): string {
  const [year, month] = value.date.split('-').map(Number) as [number, number?];
  let text: string;
  if (value.precision === 'day') text = formatDateFr(parseIsoDay(value.date)!);
  else if (value.precision === 'month') text = `${FRENCH_MONTHS[month! - 1]} ${year}`;
  else text = String(year);
  if (!value.qualifier) return text;
  const prefix = QUALIFIERS[value.qualifier];
  return prefix.endsWith('-') ? `${prefix}${text}` : `${prefix} ${text}`;
}

/**
 * The last day the date may mean, as `YYYY-MM-DD`: "fin 2025" and "d'ici 2026" are deadlines, so
 * they sort (and count as upcoming) by the end of their period; "début 2026" by its start;
 * "avant décembre 2025" by the day before the period (30 November 2025).
 */
export function partialDateSortKey(value: PartialDate): string {
  const [year, month] = value.date.split('-');
  if (value.precision === 'day') return value.date;
  if (value.qualifier === 'avant') {
    const start = value.precision === 'month' ? Date.UTC(Number(year), Number(month) - 1, 1) : Date.UTC(Number(year), 0, 1);
    return new Date(start - 86_400_000).toISOString().slice(0, 10);
  }
  const startOfPeriod = value.qualifier === 'debut';
  if (value.precision === 'month') {
    if (startOfPeriod) return `${year}-${month}-01`;
    const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
    return `${year}-${month}-${String(lastDay).padStart(2, '0')}`;
  }
  if (startOfPeriod) return `${year}-01-01`;
  if (value.qualifier === 'mi') return `${year}-06-30`;
  return `${year}-12-31`;
}

/** Dates in calendar order, a partial date at the day it stands for (partialDateSortKey); a new array. */
export function inDateOrder<D extends PartialDate>(dates: readonly D[]): D[] {
  return [...dates].sort((a, b) => partialDateSortKey(a).localeCompare(partialDateSortKey(b)));
}

/**
 * The building blocks of the data downloads' tables: a field as Table Schema (v1) describes
 * it, a table's rows as plain values, and each value as it is written in CSV and in JSON.
 */
import { daysInMonth } from '../dates.ts';

/** A value of a row: text, a whole number, a truth value, a list, or nothing (an empty cell). */
export type Value = string | number | boolean | null | readonly unknown[];

export type Row = Record<string, Value>;

/** A Table Schema field descriptor (the subset these tables use). */
export interface Field {
  name: string;
  type: 'string' | 'integer' | 'boolean' | 'date' | 'datetime' | 'array';
  format?: 'uri';
  /** What it holds, in Indonesian: shown on /data/ and written into datapackage.json. */
  description: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    enum?: readonly string[];
    pattern?: string;
    minimum?: number;
  };
}

export interface ForeignKey {
  fields: string[];
  reference: { resource: string; fields: string[] };
}

/** How a table's rows are split into files, so that no file grows with the whole archive. */
export type Split =
  /** One file. */
  | 'none'
  /** A file per month of the articles' publication (WIB): "2022-01". */
  | 'month'
  /** A file per year of the events' date: "2022". */
  | 'year';

/**
 * A value as a CSV field: text as it is, numbers in decimal, truth values as `true` and
 * `false`, lists as JSON, nothing as the empty field.
 */
export function cellText(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** A row's values in the order of its fields; a field the row lacks is an error, never a blank. */
export function orderedValues(row: Row, fields: readonly Field[]): Value[] {
  return fields.map((field) => {
    const value = row[field.name];
    if (value === undefined) throw new Error(`the row has no value for the field "${field.name}"`);
    return value;
  });
}

/** A row as one line of JSON Lines: an object with the fields in order. */
export function jsonLine(row: Row, fields: readonly Field[]): string {
  const values = orderedValues(row, fields);
  return `${JSON.stringify(Object.fromEntries(fields.map((field, i) => [field.name, values[i]])))}\n`;
}

/** A date's first and last day ("YYYY-MM-DD") at its precision: a year or a month is a span. */
export function daySpan(date: { year: number; month?: number; day?: number }): [string, string] {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const year = pad(date.year, 4);
  if (date.month === undefined) return [`${year}-01-01`, `${year}-12-31`];
  const month = `${year}-${pad(date.month)}`;
  if (date.day === undefined) {
    return [`${month}-01`, `${month}-${pad(daysInMonth(date.year, date.month))}`];
  }
  return [`${month}-${pad(date.day)}`, `${month}-${pad(date.day)}`];
}

/** An instant as Table Schema's default datetime: "2022-01-07T13:00:00Z" (UTC, no fraction). */
export function schemaDatetime(instant: string): string {
  return instant.replace(/\.\d{3}Z$/, 'Z');
}

/**
 * CSV as RFC 4180 writes it: fields separated by commas, records ended by CRLF (every record,
 * the last included), a field quoted when it holds a comma, a double quote, a carriage return
 * or a line feed, and a double quote inside a quoted field doubled. Text in UTF-8, no byte-order
 * mark. Nothing is added to or taken from a value: a field that starts with "=", "+", "-" or
 * "@" stays as it is (the files are data; see the README on spreadsheets).
 */

/** The line break between records. */
export const CRLF = '\r\n';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field, quoted if it must be. */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One record, with its line break. */
export function csvRecord(values: readonly string[]): string {
  return values.map(csvField).join(',') + CRLF;
}

/**
 * Reads CSV as written above back into records of fields (for tests and tools; the build
 * only writes). Throws on a quote that does not open or close a field properly.
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStart = true;
  while (i < text.length) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        if (i < text.length && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
          throw new SyntaxError(
            `CSV: a quoted field is followed by ${JSON.stringify(text[i])} at offset ${i}`,
          );
        }
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
      i += 1;
      continue;
    }
    if (char === '"') throw new SyntaxError(`CSV: a quote inside an unquoted field at offset ${i}`);
    if (char === ',') {
      record.push(field);
      field = '';
      fieldStart = true;
      i += 1;
      continue;
    }
    if (char === '\r' || char === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      fieldStart = true;
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    field += char;
    fieldStart = false;
    i += 1;
  }
  if (quoted) throw new SyntaxError('CSV: a quoted field is not closed');
  if (!fieldStart || field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

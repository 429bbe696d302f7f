/** Byte-order mark: tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

/** A number a spreadsheet may read as such: digits, an optional sign and decimal part. */
const PLAIN_NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;

/**
 * OWASP's CSV-injection guidance: a value starting with =, +, -, @, tab or
 * carriage return is kept as text (a leading quote), unless it is a plain
 * number. `-2+3+cmd|' /C calc'!A0` starts with a minus and a digit: neutralised.
 */
export function neutraliseCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

function cell(value: string, separator: string): string {
  const safe = neutraliseCell(value);
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV file as Belgian Excel opens it: UTF-8 with a BOM, semicolons between
 * cells, CRLF between lines, quotes where needed.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator = ';'): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}

/** Byte-order mark: tells Excel the file is UTF-8. */
export const UTF8_BOM = '\uFEFF';

function cell(value: string, separator: string): string {
  // A cell that a spreadsheet would read as a formula is kept as text.
  const safe = /^[=+@\t\r]/.test(value) || /^-[^\d]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * A CSV file as Belgian Excel opens it: UTF-8 with a BOM, semicolons between
 * cells, CRLF between lines, quotes where needed.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[], separator = ';'): string {
  return UTF8_BOM + [header, ...rows].map((row) => row.map((value) => cell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}

/**
 * What a record id may be: the same pattern the router accepts in an
 * address, so that any stored person or review can be opened.
 */
export const RECORD_ID = /^[A-Za-z0-9-]{1,64}$/;

export function isRecordId(value: string): boolean {
  return RECORD_ID.test(value);
}

import { formatDateFr } from '../../../../shared/dates';

/** 2026-01-10T09:30:00.000Z → 10/01/2026 10:30, in the user's local time. */
export function formatStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
  return `${formatDateFr(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

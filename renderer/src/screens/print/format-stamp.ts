import type { TFunction } from '../../i18n';
import { formatDateFr } from '../../../../shared/dates';
import type { AuditEntry } from '../../../../shared/reviews/review';

/** 2026-01-10T09:30:00.000Z → 10/01/2026 10:30, in the user's local time. */
export function formatStamp(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString();
  return `${formatDateFr(local.slice(0, 10))} ${local.slice(11, 16)}`;
}

/** One line of a review's history, as the review screen and the report show it. */
export function auditLine(t: TFunction, entry: AuditEntry): string {
  const status = t(`reviewStatus.${entry.status}`);
  return entry.date
    ? t('workflow.auditEntryDated', { status, at: formatStamp(entry.at), date: formatDateFr(entry.date) })
    : t('workflow.auditEntry', { status, at: formatStamp(entry.at) });
}

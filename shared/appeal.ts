import type { Review } from './reviews/review';

/**
 * The appeal notice of a report carrying « insuffisant » (royal decree of
 * 14 January 2022): a written appeal to the fonctionnaire dirigeant within 20
 * working days of receipt, heard by the commission d'évaluation, whose outcome
 * cannot be worse than the mention appealed. The organisation names its own
 * bodies and may reword the notice.
 */
export type AppealSettings = {
  /** Who receives the appeal, e.g. « le fonctionnaire dirigeant du SPF Finances ». */
  appealTo: string;
  /** Who hears it, e.g. « la commission d'évaluation (section francophone) ». */
  heardBy: string;
  /** The notice; `{destinataire}` and `{commission}` are replaced by the names above. */
  notice: string;
};

export const DEFAULT_APPEAL: AppealSettings = {
  appealTo: 'le fonctionnaire dirigeant',
  heardBy: 'la commission d’évaluation',
  notice:
    'Le membre du personnel peut introduire un recours écrit contre la mention « insuffisant ». Destinataire du recours : {destinataire}. Le recours est examiné par {commission}, dont l’avis ne peut pas aboutir à une évaluation moins favorable que la mention contestée.',
};

export const APPEAL_NAME_MAX = 200;
export const APPEAL_NOTICE_MAX = 2000;

export type AppealSettingsError = { field: keyof AppealSettings; code: 'required' | 'too-long' };

export function validateAppealSettings(settings: AppealSettings): AppealSettingsError[] {
  const errors: AppealSettingsError[] = [];
  for (const field of ['appealTo', 'heardBy', 'notice'] as const) {
    const value = settings[field].trim();
    const max = field === 'notice' ? APPEAL_NOTICE_MAX : APPEAL_NAME_MAX;
    if (value === '') errors.push({ field, code: 'required' });
    else if (value.length > max) errors.push({ field, code: 'too-long' });
  }
  return errors;
}

export function normaliseAppealSettings(value: unknown): AppealSettings {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const text = (key: keyof AppealSettings) => (typeof record[key] === 'string' && (record[key] as string).trim() !== '' ? (record[key] as string) : DEFAULT_APPEAL[key]);
  return { appealTo: text('appealTo'), heardBy: text('heardBy'), notice: text('notice') };
}

/** The notice with the organisation's names in place. */
export function appealNoticeText(settings: AppealSettings): string {
  return settings.notice.replaceAll('{destinataire}', settings.appealTo.trim()).replaceAll('{commission}', settings.heardBy.trim());
}

/** The notice is printed only where the review carries the mention « insuffisant »: without a mention there is nothing to appeal. */
export function appealApplies(review: Pick<Review, 'outcome'>): boolean {
  return review.outcome === 'insuffisant';
}

/** Who writes the reports, printed on every PDF. */
export type EvaluatorProfile = { evaluatorName: string; evaluatorRole: string; organisation: string; service: string };

export const EMPTY_PROFILE: EvaluatorProfile = { evaluatorName: '', evaluatorRole: '', organisation: '', service: '' };
export const PROFILE_FIELD_MAX = 160;

export type ProfileError = { field: keyof EvaluatorProfile; code: 'too-long' };

export function validateProfile(profile: EvaluatorProfile): ProfileError[] {
  return (Object.keys(EMPTY_PROFILE) as (keyof EvaluatorProfile)[])
    .filter((field) => profile[field].trim().length > PROFILE_FIELD_MAX)
    .map((field) => ({ field, code: 'too-long' }));
}

/** Reads a stored profile, keeping only known text fields (an old or damaged record becomes empty fields). */
export function normaliseProfile(value: unknown): EvaluatorProfile {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const text = (key: keyof EvaluatorProfile) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return { evaluatorName: text('evaluatorName'), evaluatorRole: text('evaluatorRole'), organisation: text('organisation'), service: text('service') };
}

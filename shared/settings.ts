import { isEvaluatorCapacity, type EvaluatorCapacity } from './reviews/evaluator';

/** Who writes the reports: what a new review starts with, and the organisation printed on every PDF. */
export type EvaluatorProfile = { evaluatorName: string; evaluatorRole: string; evaluatorCapacity: EvaluatorCapacity; organisation: string; service: string };

type ProfileTextField = Exclude<keyof EvaluatorProfile, 'evaluatorCapacity'>;
const TEXT_FIELDS: ProfileTextField[] = ['evaluatorName', 'evaluatorRole', 'organisation', 'service'];

export const EMPTY_PROFILE: EvaluatorProfile = { evaluatorName: '', evaluatorRole: '', evaluatorCapacity: 'superieur-hierarchique', organisation: '', service: '' };
export const PROFILE_FIELD_MAX = 160;

export type ProfileError = { field: ProfileTextField; code: 'too-long' };

export function validateProfile(profile: EvaluatorProfile): ProfileError[] {
  return TEXT_FIELDS
    .filter((field) => profile[field].trim().length > PROFILE_FIELD_MAX)
    .map((field) => ({ field, code: 'too-long' }));
}

/** Reads a stored profile, keeping only known text fields (an old or damaged record becomes empty fields). */
export function normaliseProfile(value: unknown): EvaluatorProfile {
  const record = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const text = (key: ProfileTextField) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return {
    evaluatorName: text('evaluatorName'),
    evaluatorRole: text('evaluatorRole'),
    evaluatorCapacity: isEvaluatorCapacity(record['evaluatorCapacity']) ? record['evaluatorCapacity'] : EMPTY_PROFILE.evaluatorCapacity,
    organisation: text('organisation'),
    service: text('service'),
  };
}

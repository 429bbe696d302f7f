import { useLiveQuery } from 'dexie-react-hooks';
import { normaliseProfile, validateProfile, type EvaluatorProfile, type ProfileError } from '../../../shared/settings';
import type { Result } from '../../../shared/result';
import { db, type JalonDb } from './db';

const PROFILE_KEY = 'evaluator-profile';

export async function loadProfile(database: JalonDb = db): Promise<EvaluatorProfile> {
  return normaliseProfile((await database.settings.get(PROFILE_KEY))?.value);
}

/** Saves the profile when every field is valid; otherwise says which are not, and writes nothing. */
export async function saveProfile(profile: EvaluatorProfile, database: JalonDb = db): Promise<Result<null, { code: 'invalid-fields'; fields: ProfileError[] }>> {
  const trimmed = normaliseProfile(Object.fromEntries(Object.entries(profile).map(([key, value]) => [key, value.trim()])));
  const errors = validateProfile(trimmed);
  if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
  await database.settings.put({ key: PROFILE_KEY, value: trimmed });
  return { ok: true, value: null };
}

/** The evaluator's profile; `undefined` while loading. */
export function useEvaluatorProfile(): EvaluatorProfile | undefined {
  return useLiveQuery(() => loadProfile(), []);
}

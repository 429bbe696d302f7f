import { useLiveQuery } from 'dexie-react-hooks';
import { normaliseProfile, validateProfile, type EvaluatorProfile, type ProfileError } from '../../../shared/settings';
import { db, type JalonDb } from './db';

const PROFILE_KEY = 'evaluator-profile';

export async function loadProfile(database: JalonDb = db): Promise<EvaluatorProfile> {
  return normaliseProfile((await database.settings.get(PROFILE_KEY))?.value);
}

export async function saveProfile(profile: EvaluatorProfile, database: JalonDb = db): Promise<ProfileError[]> {
  const trimmed = normaliseProfile(Object.fromEntries(Object.entries(profile).map(([key, value]) => [key, value.trim()])));
  const errors = validateProfile(trimmed);
  if (errors.length === 0) await database.settings.put({ key: PROFILE_KEY, value: trimmed });
  return errors;
}

/** The evaluator's profile; `undefined` while loading. */
export function useEvaluatorProfile(): EvaluatorProfile | undefined {
  return useLiveQuery(() => loadProfile(), []);
}

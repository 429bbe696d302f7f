import { useLiveQuery } from 'dexie-react-hooks';
import { normaliseAppealSettings, validateAppealSettings, type AppealSettings, type AppealSettingsError } from '../../../shared/appeal';
import { normaliseCalendar, type CalendarSettings } from '../../../shared/calendar';
import type { Result } from '../../../shared/result';
import { db, type JalonDb } from './db';

const CALENDAR_KEY = 'calendar';
const APPEAL_KEY = 'appeal-notice';

export async function loadCalendar(database: JalonDb = db): Promise<CalendarSettings> {
  return normaliseCalendar((await database.settings.get(CALENDAR_KEY))?.value);
}

export async function saveCalendar(calendar: CalendarSettings, database: JalonDb = db): Promise<void> {
  await database.settings.put({ key: CALENDAR_KEY, value: normaliseCalendar(calendar) });
}

/** The organisation's calendar (days removed, days added, working week); `undefined` while loading. */
export function useCalendar(): CalendarSettings | undefined {
  return useLiveQuery(() => loadCalendar(), []);
}

export async function loadAppealSettings(database: JalonDb = db): Promise<AppealSettings> {
  return normaliseAppealSettings((await database.settings.get(APPEAL_KEY))?.value);
}

/** Saves the appeal notice when every field is valid; returns what is wrong otherwise (nothing is written then). */
export async function saveAppealSettings(settings: AppealSettings, database: JalonDb = db): Promise<Result<null, { code: 'invalid-fields'; fields: AppealSettingsError[] }>> {
  const errors = validateAppealSettings(settings);
  if (errors.length > 0) return { ok: false, error: { code: 'invalid-fields', fields: errors } };
  await database.settings.put({ key: APPEAL_KEY, value: { appealTo: settings.appealTo.trim(), heardBy: settings.heardBy.trim(), notice: settings.notice.trim() } });
  return { ok: true, value: null };
}

export function useAppealSettings(): AppealSettings | undefined {
  return useLiveQuery(() => loadAppealSettings(), []);
}

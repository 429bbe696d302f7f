import 'fake-indexeddb/auto';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { saveAppealNotice, saveCalendarSettings, saveEvaluatorProfile } from './actions';
import { db } from './db';
import { loadAppealSettings, loadCalendar } from './legal-settings-repo';
import { loadProfile } from './settings-repo';
import { normaliseCalendar } from '../../../shared/calendar';

// The settings saves call no platform; the actions module as a whole imports it, and Node has no window.
vi.mock('../platform', () => ({ platform: {} }));

/** Makes IndexedDB refuse every write to the settings store as a full disk does, while `run` runs. */
async function withFullDisk<T>(run: () => Promise<T>): Promise<T> {
  const store = IDBObjectStore.prototype;
  const { put } = store;
  store.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
    if (this.name === 'settings') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    return put.apply(this, args);
  };
  try {
    return await run();
  } finally {
    store.put = put;
  }
}

const PROFILE = { evaluatorName: 'Sophie Lemaire', evaluatorRole: 'Cheffe de service', evaluatorCapacity: 'chef-fonctionnel', organisation: 'SPF Finances', service: '' } as const;

beforeAll(async () => {
  await db.open();
});
afterEach(async () => {
  await db.settings.clear();
});

describe('Paramètres: each save answers the one result shape (issue 11)', () => {
  it('the profile: saved, refused field by field (nothing written), or a full disk said by its code, never thrown', async () => {
    expect(await saveEvaluatorProfile(PROFILE)).toEqual({ ok: true, value: null });
    expect((await loadProfile()).evaluatorName).toBe('Sophie Lemaire');

    const refused = await saveEvaluatorProfile({ ...PROFILE, evaluatorName: 'x'.repeat(500) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-fields', fields: [{ field: 'evaluatorName' }] } });
    expect((await loadProfile()).evaluatorName).toBe('Sophie Lemaire');

    expect(await withFullDisk(() => saveEvaluatorProfile({ ...PROFILE, evaluatorName: 'Marc Dubois' }))).toEqual({ ok: false, error: { code: 'disk-full' } });
    expect((await loadProfile()).evaluatorName).toBe('Sophie Lemaire');
  });

  it('the appeal notice: a full disk is said by its code and the notice stays as stored', async () => {
    const before = await loadAppealSettings();
    const result = await withFullDisk(() => saveAppealNotice({ ...before, appealTo: 'Chambre de recours' }));
    expect(result).toEqual({ ok: false, error: { code: 'disk-full' } });
    expect(await loadAppealSettings()).toEqual(before);
  });

  it('the calendar: saved, or a full disk said by its code and the calendar unchanged', async () => {
    expect(await saveCalendarSettings({ ...normaliseCalendar(undefined), extra: [{ date: '2026-05-15', reason: 'Pont' }] })).toMatchObject({ ok: true });
    const stored = await loadCalendar();
    expect(stored.extra).toEqual([{ date: '2026-05-15', reason: 'Pont' }]);
    expect(await withFullDisk(() => saveCalendarSettings({ ...stored, removed: ['2026-05-14'] }))).toEqual({
      ok: false,
      error: { code: 'disk-full' },
    });
    expect(await loadCalendar()).toEqual(stored);
  });
});

import type { JalonDb } from './db';

/** Recorded in `meta` once every review finalised before the seal log existed was entered (or found broken). */
export const SEAL_LOG_COMPLETE_KEY = 'seal-log';

/** Whether that was done: at every start but the first after the upgrade, the seal log's code need not load. */
export async function sealLogComplete(db: JalonDb): Promise<boolean> {
  return (await db.meta.get(SEAL_LOG_COMPLETE_KEY))?.value === 'complete';
}

import { PLAN_CSV_HEADER, planCsvRows, type PlanAction } from '../../../shared/plan/plan';
import { toCsv } from '../../../shared/csv';
import { fail, ok, type Result } from '../../../shared/result';
import { platform } from '../platform';

/**
 * Saves a development plan as CSV where the user chooses. A refused or failed
 * write (full disk, unwritable folder) comes back as the one result shape,
 * never thrown; a cancelled dialog is a success that wrote nothing.
 */
export async function savePlanCsv(
  suggestedName: string,
  actions: readonly PlanAction[],
  labels: Parameters<typeof planCsvRows>[1],
): Promise<Result<null>> {
  const saved = await platform.saveFile({ suggestedName, filters: [{ name: 'CSV', extensions: ['csv'] }], content: toCsv(PLAN_CSV_HEADER, planCsvRows(actions, labels)) });
  return saved.ok ? ok(null) : fail(saved.error);
}

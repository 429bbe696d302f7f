import { create } from 'zustand';
import type { UnreadableRow } from '../../../shared/records/schema';
import { onUnreadableRow } from './normalise-reads';

type UnreadableState = { rows: UnreadableRow[] };

/** The stored rows reads had to leave out, one entry per table and id. */
export const useUnreadableRows = create<UnreadableState>(() => ({ rows: [] }));

onUnreadableRow((row) => {
  const { rows } = useUnreadableRows.getState();
  if (rows.some((known) => known.table === row.table && known.id === row.id)) return;
  useUnreadableRows.setState({ rows: [...rows, row] });
});

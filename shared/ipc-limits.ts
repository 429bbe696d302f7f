/**
 * The IPC contract's plain numbers, apart from its zod schemas (shared/ipc.ts)
 * so that the renderer can read them without loading zod at startup.
 */

/** 200 MiB: far above a full backup of a large team, low enough to refuse a runaway payload. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** How many automatic safety backups are kept: the oldest go. */
export const SAFETY_BACKUPS_KEPT = 5;

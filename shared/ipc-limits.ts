/**
 * The IPC contract's plain constants, apart from its zod schemas
 * (./ipc.ts), so the renderer can read them without loading zod at startup.
 */

/** 200 MiB: far above a full backup of a large team, low enough to refuse a runaway payload. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

/** How many automatic safety backups are kept. */
export const SAFETY_BACKUPS_KEPT = 5;

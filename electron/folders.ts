import type { AppFolder } from '../shared/ipc';

export type FolderDeps = {
  folders: Record<AppFolder, string>;
  mkdir: (folder: string) => Promise<void>;
  /** Electron's `shell.openPath`: resolves to an error message, empty on success. */
  openPath: (folder: string) => Promise<string>;
};

/**
 * Opens one of Jalon's own folders in the system's file manager. Only these
 * named folders: the renderer never passes a path. A folder not made yet
 * (no safety copy so far) is made first.
 */
export function createFolderOpener(deps: FolderDeps): (folder: AppFolder) => Promise<string> {
  return async (folder) => {
    const target = deps.folders[folder];
    await deps.mkdir(target);
    const error = await deps.openPath(target);
    if (error) throw new Error(error);
    return target;
  };
}

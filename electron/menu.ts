import type { MenuItemConstructorOptions } from 'electron';
import type { AppFolder } from '../shared/ipc';
import { SHELL_TEXT, type ShellText } from './shell-text';

export type MenuDeps = {
  platform: NodeJS.Platform;
  /** Development only: reload and the developer tools. */
  isPackaged: boolean;
  openFolder: (folder: AppFolder) => void;
  showAbout: () => void;
  /** The shell's words (French unless the system speaks Dutch or English: `shellTextFor`). */
  text?: ShellText;
};

/** The application menu, in French: Fichier, Édition, Affichage, (Fenêtre,) Aide; on macOS first the app's own menu. */
export function buildMenuTemplate(deps: MenuDeps): MenuItemConstructorOptions[] {
  const text = (deps.text ?? SHELL_TEXT).menu;
  const mac = deps.platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [];
  if (mac) {
    template.push({
      label: 'Jalon',
      submenu: [
        { label: text.about, click: deps.showAbout },
        { type: 'separator' },
        { label: text.hide, role: 'hide' },
        { label: text.hideOthers, role: 'hideOthers' },
        { label: text.unhide, role: 'unhide' },
        { type: 'separator' },
        { label: text.quit, role: 'quit' },
      ],
    });
  }
  template.push(
    {
      label: text.file,
      submenu: [
        { label: text.openDataFolder, click: () => deps.openFolder('data') },
        { label: text.openSafetyFolder, click: () => deps.openFolder('safety') },
        ...(mac ? [] : [{ type: 'separator' } as const, { label: text.quit, role: 'quit' } as const]),
      ],
    },
    {
      label: text.edit,
      submenu: [
        { label: text.undo, role: 'undo' },
        { label: text.redo, role: 'redo' },
        { type: 'separator' },
        { label: text.cut, role: 'cut' },
        { label: text.copy, role: 'copy' },
        { label: text.paste, role: 'paste' },
        { label: text.selectAll, role: 'selectAll' },
      ],
    },
    {
      label: text.view,
      submenu: [
        { label: text.resetZoom, role: 'resetZoom' },
        { label: text.zoomIn, role: 'zoomIn' },
        { label: text.zoomOut, role: 'zoomOut' },
        { type: 'separator' },
        { label: text.fullScreen, role: 'togglefullscreen' },
        ...(deps.isPackaged
          ? []
          : [{ type: 'separator' } as const, { label: text.reload, role: 'reload' } as const, { label: text.devTools, role: 'toggleDevTools' } as const]),
      ],
    },
  );
  if (mac) {
    template.push({
      label: text.window,
      submenu: [
        { label: text.minimize, role: 'minimize' },
        { label: text.close, role: 'close' },
      ],
    });
  }
  template.push({ label: text.help, role: 'help', submenu: [{ label: text.about, click: deps.showAbout }] });
  return template;
}

type MessageBox = (options: {
  type: 'info';
  title: string;
  message: string;
  detail: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
  noLink: boolean;
}) => Promise<{ response: number }>;

/** « À propos de Jalon »: the version and where the data is, with a button to open that folder. */
export async function showAbout(
  showMessageBox: MessageBox,
  info: { version: string; dataFolder: string },
  openDataFolder: () => void,
  text: ShellText = SHELL_TEXT,
): Promise<void> {
  const about = text.about;
  const { response } = await showMessageBox({
    type: 'info',
    title: about.title,
    message: about.message,
    detail: about.detail(info.version, info.dataFolder),
    buttons: [about.close, about.openDataFolder],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  if (response === 1) openDataFolder();
}

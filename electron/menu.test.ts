import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, showAbout } from './menu';

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  return (item?.submenu ?? []) as MenuItemConstructorOptions[];
}
function find(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions | undefined {
  return template.find((item) => item.label === label);
}

describe('the application menu', () => {
  const deps = () => ({ platform: 'win32' as const, isPackaged: true, openFolder: vi.fn(), showAbout: vi.fn() });

  it('is in French: Fichier, Édition, Affichage, Aide', () => {
    expect(buildMenuTemplate(deps()).map((item) => item.label)).toEqual(['Fichier', 'Édition', 'Affichage', 'Aide']);
  });

  it('opens the data folder and the safety copies from Fichier, and quits', () => {
    const d = deps();
    const file = submenu(find(buildMenuTemplate(d), 'Fichier'));
    find(file, 'Ouvrir le dossier des données')?.click?.({} as never, undefined, {} as never);
    find(file, 'Ouvrir le dossier des copies de sécurité')?.click?.({} as never, undefined, {} as never);
    expect(d.openFolder.mock.calls).toEqual([['data'], ['safety']]);
    expect(find(file, 'Quitter Jalon')?.role).toBe('quit');
  });

  it('edits with French labels on the system\'s own actions', () => {
    const edit = submenu(find(buildMenuTemplate(deps()), 'Édition'));
    expect(edit.filter((item) => item.role).map((item) => [item.label, item.role])).toEqual([
      ['Annuler', 'undo'],
      ['Rétablir', 'redo'],
      ['Couper', 'cut'],
      ['Copier', 'copy'],
      ['Coller', 'paste'],
      ['Tout sélectionner', 'selectAll'],
    ]);
  });

  it('offers reload and the developer tools only in development', () => {
    const packaged = submenu(find(buildMenuTemplate(deps()), 'Affichage')).map((item) => item.role);
    expect(packaged).not.toContain('toggleDevTools');
    expect(packaged).not.toContain('reload');
    expect(packaged).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
    const development = submenu(find(buildMenuTemplate({ ...deps(), isPackaged: false }), 'Affichage')).map((item) => item.role);
    expect(development).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('shows « À propos de Jalon » under Aide', () => {
    const d = deps();
    find(submenu(find(buildMenuTemplate(d), 'Aide')), 'À propos de Jalon')?.click?.({} as never, undefined, {} as never);
    expect(d.showAbout).toHaveBeenCalledTimes(1);
  });

  it('on macOS, starts with the Jalon menu and adds Fenêtre; Quitter moves there', () => {
    const template = buildMenuTemplate({ ...deps(), platform: 'darwin' });
    expect(template.map((item) => item.label)).toEqual(['Jalon', 'Fichier', 'Édition', 'Affichage', 'Fenêtre', 'Aide']);
    expect(submenu(template[0]).map((item) => item.role)).toContain('quit');
    expect(submenu(find(template, 'Fichier')).map((item) => item.role)).not.toContain('quit');
  });
});

describe('« À propos de Jalon »', () => {
  it('shows the version and the data folder, and opens that folder on request', async () => {
    const showMessageBox = vi.fn(async (_options: unknown) => ({ response: 1 }));
    const open = vi.fn();
    await showAbout(showMessageBox, { version: '0.3.1', dataFolder: 'C:\\Users\\ana\\AppData\\Roaming\\jalon' }, open);
    const options = showMessageBox.mock.calls[0]![0] as { title: string; detail: string; buttons: string[] };
    expect(options.title).toBe('À propos de Jalon');
    expect(options.detail).toContain('Version 0.3.1');
    expect(options.detail).toContain('C:\\Users\\ana\\AppData\\Roaming\\jalon');
    expect(options.buttons).toEqual(['Fermer', 'Ouvrir le dossier des données']);
    expect(open).toHaveBeenCalledTimes(1);
  });

  it('opens nothing when closed', async () => {
    const open = vi.fn();
    await showAbout(async () => ({ response: 0 }), { version: '0.3.1', dataFolder: '/x' }, open);
    expect(open).not.toHaveBeenCalled();
  });
});

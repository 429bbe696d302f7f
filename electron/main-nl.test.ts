import type { MenuItemConstructorOptions } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { createFakeElectron } from './testing/fake-electron';

/** The main process on a Dutch-speaking system (nl-BE): the shell speaks Dutch, as the app does by default. */
const fake = createFakeElectron({ locales: ['nl-BE', 'fr-BE'] });
vi.mock('electron', () => fake.electron);

beforeAll(async () => {
  await import('./main');
  await new Promise((resolve) => setTimeout(resolve, 0));
});

describe('the main process on a Dutch system, with electron faked', () => {
  it('sets a Dutch application menu and About box', async () => {
    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]![0] as { template: MenuItemConstructorOptions[] };
    expect(menu.template.map((item) => item.label)).toEqual(expect.arrayContaining(['Bestand', 'Bewerken', 'Beeld', 'Help']));
    const help = menu.template.find((item) => item.label === 'Help')!.submenu as MenuItemConstructorOptions[];
    help.find((item) => item.label === 'Over Jalon')!.click!({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(fake.electron.dialog.showMessageBox).toHaveBeenCalled());
    const options = fake.electron.dialog.showMessageBox.mock.calls[0]!.at(-1) as { title: string; detail: string; buttons: string[] };
    expect(options.title).toBe('Over Jalon');
    expect(options.detail).toContain('Versie 0.1.0');
    expect(options.buttons).toEqual(['Sluiten', 'Gegevensmap openen']);
  });

  it('a folder the menu cannot open is told in Dutch, without the system’s English reason', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const menu = fake.electron.Menu.setApplicationMenu.mock.calls[0]![0] as { template: MenuItemConstructorOptions[] };
    const file = menu.template.find((item) => item.label === 'Bestand')!.submenu as MenuItemConstructorOptions[];
    fake.electron.shell.openPath.mockResolvedValueOnce('No application is registered for this folder');
    file.find((item) => item.label === 'Gegevensmap openen')!.click!({} as never, undefined, {} as never);
    await vi.waitFor(() => expect(fake.electron.dialog.showErrorBox).toHaveBeenCalled());
    const [title, message] = fake.electron.dialog.showErrorBox.mock.calls.at(-1)! as [string, string];
    expect(title).toBe('Map niet bereikbaar');
    expect(message).toContain('kon niet worden geopend');
    expect(message).not.toContain('No application');
  });
});

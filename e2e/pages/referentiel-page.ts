import { expect, type Locator, type Page } from '@playwright/test';

/** The Référentiel screen, found by role and label as a user would. */
export class ReferentielPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/referentiel');
    await this.page.getByRole('heading', { level: 1, name: 'Référentiel' }).waitFor();
  }

  async chooseClass(classId: string): Promise<void> {
    // The radio input is visually hidden inside its label: click the label, as a user does.
    const radio = this.page.getByRole('radio', { name: `Classe ${classId}`, exact: true });
    await radio.locator('xpath=ancestor::label[1]').click();
    await expect(radio).toBeChecked();
  }

  get leadership(): Locator {
    return this.page.getByRole('checkbox', { name: 'Rôle de dirigeant limité' });
  }

  /** Ticks or clears the leadership option by clicking its label. */
  async setLeadership(on: boolean): Promise<void> {
    if ((await this.leadership.isChecked()) !== on) await this.leadership.locator('xpath=ancestor::label[1]').click();
    await expect(this.leadership).toBeChecked({ checked: on });
  }

  /** The row of a competency in the profile table. */
  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: false }) });
  }

  /** What the "Niveau attendu" cell of a competency says. */
  async expectedCell(name: string): Promise<string> {
    return (await this.row(name).getByRole('cell').first().innerText()).trim();
  }
}

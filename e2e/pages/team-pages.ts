import { expect, type Locator, type Page } from '@playwright/test';

export type NewPerson = {
  name: string;
  staffNumber?: string;
  classId: string;
  classFrom: string;
  cycleStart: string;
  service?: string;
};

/** The team list and the person form, found by role and label. */
export class TeamPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('/#/equipe');
    await this.page.getByRole('heading', { level: 1, name: 'Équipe' }).waitFor();
  }

  /** Adds a person; unless `refused` is expected, waits for the new person's page (the save has landed). */
  async addPerson(person: NewPerson, { refused = false }: { refused?: boolean } = {}): Promise<void> {
    await this.page.getByRole('link', { name: 'Ajouter un gestionnaire de dossiers' }).first().click();
    await this.fillPersonForm(person);
    await this.page.getByRole('button', { name: 'Ajouter', exact: true }).click();
    // Saved once the app shows the new person's page: a test that moves on earlier is taken back there.
    if (!refused) await expect(this.page.getByRole('heading', { level: 1, name: person.name, exact: true })).toBeVisible();
  }

  /** Adds a person and opens the review of one of their cycles: the usual opening of a review test. */
  async addPersonAndOpenReview(person: NewPerson, cycleNumber: number): Promise<ReviewPage> {
    await this.addPerson(person);
    await new PersonPage(this.page).openReview(cycleNumber);
    return new ReviewPage(this.page);
  }

  async fillPersonForm(person: NewPerson): Promise<void> {
    const page = this.page;
    await page.getByLabel('Nom et prénom').fill(person.name);
    await page.getByLabel('Matricule (facultatif)').fill(person.staffNumber ?? '');
    await page.getByLabel('Classe', { exact: true }).selectOption(person.classId);
    await page.getByLabel('Classe en vigueur depuis le').fill(person.classFrom);
    await page.getByLabel('Début du premier cycle d’évaluation').fill(person.cycleStart);
    await page.getByLabel('Service ou équipe').fill(person.service ?? '');
  }

  row(name: string): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name }) });
  }
}

/** A person's page: cycles, class history, promotion. */
export class PersonPage {
  constructor(readonly page: Page) {}

  async waitFor(name: string): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
  }

  cycleRow(number: number): Locator {
    return this.page.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^Cycle ${number}\\b`) }) });
  }

  async openReview(cycleNumber: number): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`(Commencer|Ouvrir) l’évaluation – Cycle ${cycleNumber}$`) }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: /^Évaluation de / })).toBeVisible();
  }

  /** Fills the class change form and confirms in the dialog; `refused`: the form refuses it and no dialog opens. */
  async changeClass(classId: string, from: string, { refused = false } = {}): Promise<void> {
    await this.page.getByLabel('Nouvelle classe').selectOption(classId);
    await this.page.getByLabel('À partir du').fill(from);
    await this.page.getByRole('button', { name: 'Enregistrer le changement de classe' }).click();
    if (refused) {
      await expect(this.page.getByRole('alertdialog')).toHaveCount(0);
      return;
    }
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Confirmer le changement de classe' }).click();
    await expect(this.page.getByRole('alertdialog')).toHaveCount(0);
  }
}

/** The review editor. */
export class ReviewPage {
  constructor(readonly page: Page) {}

  card(name: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`${escape(name)}$`) });
  }

  evidence(name: string): Locator {
    return this.card(name).getByLabel('Observations (comportements, exemples, dates)');
  }

  /** The expected level is written beside the name and marked on the scale (the one option named « niveau attendu »). */
  async expectExpected(name: string, level: string): Promise<void> {
    const number = /^Niveau (\d)/.exec(level)?.[1] ?? '?';
    await expect(this.card(name)).toContainText(`Attendu : niveau ${number}`);
    await expect(this.card(name).getByRole('radio', { name: /\(niveau attendu\)$/ })).toHaveAccessibleName(`${level} (niveau attendu)`);
  }

  /** Puts the cursor in a competency's evidence field, unfolding it first when it is folded. */
  async focusEvidence(name: string): Promise<Locator> {
    const toggle = this.card(name).getByRole('button', { name: /^\+ Observations/ });
    if (await toggle.isVisible()) await toggle.click();
    await this.evidence(name).click();
    return this.evidence(name);
  }

  /** Unfolds a competency's evidence field (folded while empty and not required) and returns it. */
  async openEvidence(name: string): Promise<Locator> {
    const toggle = this.card(name).getByRole('button', { name: /^\+ Observations/ });
    if (await toggle.isVisible()) await toggle.click();
    await expect(this.evidence(name)).toBeFocused();
    return this.evidence(name);
  }

  get saveState(): Locator {
    return this.page.getByRole('complementary', { name: 'Progression de l’évaluation' }).getByRole('status').first();
  }

  /** Waits until every change is written: "Enregistré" shown and nothing left in the save queue. */
  async waitSaved(): Promise<void> {
    await expect(this.saveState).toHaveText(/Enregistré/);
    await expect(this.saveState).toHaveAttribute('aria-busy', 'false');
  }

  /** Rates the competencies of the profile in page order, one key each, moving down with the arrow key. */
  async rateAll(keys: readonly string[]): Promise<void> {
    await this.page.locator('[data-rating-card]').first().focus();
    for (const key of keys) {
      await this.page.keyboard.press(key);
      await this.page.keyboard.press('ArrowDown');
    }
  }

  /** Finalises through the confirmation step. */
  async finalise(): Promise<void> {
    await this.page.getByRole('button', { name: 'Finaliser l’évaluation' }).click();
    await this.page.getByRole('button', { name: 'Confirmer la finalisation' }).click();
  }

  missing(): Locator {
    return this.page.getByRole('region', { name: /^(Il manque|Rien ne manque)/ });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { generateTeam } from '../shared/example/generate';
import { summarise } from '../shared/reviews/summary';
import { compareText, EMPTY_TEAM_FILTER, filterTeamRows, personSummaries, teamRows } from '../shared/team';
import { expect, test } from './fixtures';
import { countStored, PERSON_STORES } from './stored';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';
import { tick } from './controls';

const TODAY = '2026-11-26';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+01:00`));
});

/** Writes records straight into the app's IndexedDB (as a restore would), in chunks. */
async function writeRaw(page: Page, store: string, records: unknown[]): Promise<void> {
  for (let start = 0; start < records.length; start += 1000) {
    await page.evaluate(
      async ({ store, chunk }) => {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open('jalon');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        await new Promise<void>((resolve, reject) => {
          const tx = db.transaction(store, 'readwrite');
          for (const record of chunk) tx.objectStore(store).put(record);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        });
        db.close();
      },
      { store, chunk: records.slice(start, start + 1000) },
    );
  }
}

test('the example team loads with one action, is clearly marked, and goes away with one action', async ({ page, seriousA11yViolations }) => {
  const team = new TeamPage(page);
  await team.open();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText(/Des données d’exemple sont chargées/)).toBeVisible();
  await expect(page.getByText('12 gestionnaires de dossiers')).toBeVisible();
  await expect(page.getByRole('rowheader').filter({ hasText: '(exemple)' })).toHaveCount(12);
  expect(await seriousA11yViolations()).toEqual([]);
  // With a year-round journal and the plans drawn from the gaps (issue 16).
  const [notes, actions] = await countStored(page, ['journalNotes', 'planActions']);
  expect(notes).toBeGreaterThan(12 * 30);
  expect(actions).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Retirer l’équipe d’exemple' }).click();
  await expect(page.getByText(/Retirer les 12 personnes d’exemple et toutes leurs évaluations/)).toBeVisible();
  await page.getByRole('button', { name: 'Oui, retirer les données d’exemple' }).click();
  await expect(page.getByText('Aucun gestionnaire de dossiers pour l’instant.')).toBeVisible();
  const counts = await countStored(page, PERSON_STORES);
  expect(counts).toEqual([0, 0, 0, 0, 0, 0, 0]);
});

test('a promotion from C to B shows as a step in the expectation, in the chart and the table', async ({ page, seriousA11yViolations }) => {
  const team = new TeamPage(page);
  const person = new PersonPage(page);
  const review = new ReviewPage(page);
  await team.open();
  await team.addPerson({ name: 'Inès Claes', classId: 'C', classFrom: '01/01/2019', cycleStart: '01/01/2023' });
  await person.waitFor('Inès Claes');

  // No review yet: something sensible, not an empty chart.
  await page.getByRole('link', { name: 'Voir la progression' }).click();
  await expect(page.getByText(/Aucune évaluation pour cette personne/)).toBeVisible();
  await page.getByRole('link', { name: 'Inès Claes' }).click();

  for (const [cycle, key] of [[1, '1'], [2, '0']] as const) {
    await person.openReview(cycle);
    await review.card('Penser de manière critique').focus();
    await page.keyboard.press(key);
    await review.waitSaved();
    await page.getByRole('link', { name: 'Inès Claes' }).click();
  }
  await person.changeClass('B', '01/03/2025');
  await expect(page.getByText('Classe B depuis le 01/03/2025')).toBeVisible();
  await person.openReview(3);
  await review.card('Penser de manière critique').focus();
  await page.keyboard.press('2');
  await review.waitSaved();
  await page.getByRole('link', { name: 'Inès Claes' }).click();

  await page.getByRole('link', { name: 'Voir la progression' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Progression de Inès Claes' })).toBeVisible();
  const table = page.getByRole('region', { name: 'Toutes les compétences, cycle par cycle (observé / attendu)' });
  const row = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Penser de manière critique' }) });
  await expect(row.getByRole('cell')).toHaveText(['1 / 1', '0 / 1', '2 / 2']);
  await expect(table.getByRole('columnheader')).toHaveText(['Compétence', 'Cycle 1 (2023) – classe C', 'Cycle 2 (2024) – classe C', 'Cycle 3 (2025) – classe B']);
  const vision = table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Développer une vision' }) });
  await expect(vision.getByRole('cell')).toHaveText(['— / hors profil', '— / hors profil', '— / 1']);
  const chart = page.getByRole('img', { name: /^Graphique.*Penser de manière critique/ });
  await expect(chart).toHaveAttribute('data-points', JSON.stringify([[1, 1], [1, 0], [2, 2]]));
  // Cycle 1 is at the level expected: the expected mark is seen around the observed point, not hidden under it.
  const marks = await chart.evaluate((svg) => {
    const point = svg.querySelector('.observed-point')!.getBoundingClientRect();
    const [x, y] = [point.x + point.width / 2, point.y + point.height / 2];
    const at = (dx: number) => document.elementFromPoint(x + dx, y)?.getAttribute('class');
    return { centre: at(0), ring: at(7) };
  });
  expect(marks).toEqual({ centre: 'observed-point', ring: 'expected-point' });
  await expect(page.getByText('Aucune mention « insuffisant » enregistrée.')).toBeVisible();

  const compare = page.getByRole('region', { name: 'Comparer deux évaluations' });
  await compare.getByLabel('Première évaluation').selectOption({ label: 'Cycle 1 (du 01/01/2023 au 31/12/2023)' });
  await expect(compare.getByRole('row').filter({ hasText: 'Penser de manière critique' })).toContainText('▲ a progressé');
  expect(await seriousA11yViolations()).toEqual([]);
});

test('the heat map shows the stored gaps, in text', async ({ page, seriousA11yViolations }) => {
  await new TeamPage(page).open();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText('12 gestionnaires de dossiers')).toBeVisible();
  await page.getByRole('link', { name: 'Carte des écarts' }).click();
  // It opens on the latest year with a finalised review, not on a year of fresh drafts.
  const finalisedYears = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    const reviews = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = db.transaction('reviews').objectStore('reviews').getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    });
    db.close();
    return reviews.filter((review) => !['brouillon', 'prete'].includes(String(review['status']))).map((review) => String(review['cycleEnd']).slice(0, 4));
  });
  await expect(page.getByLabel('Année de fin de cycle')).toHaveValue([...finalisedYears].sort().at(-1)!);
  await page.getByLabel('Année de fin de cycle').selectOption('2025');
  await tick(page.getByLabel(/^Inclure les brouillons|^Inclure le brouillon/));

  // Compute every gap from the stored reviews themselves, independently of the app's summaries.
  const expected = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    const reviews = await new Promise<Record<string, unknown>[]>((resolve) => {
      const request = db.transaction('reviews').objectStore('reviews').getAll();
      request.onsuccess = () => resolve(request.result as Record<string, unknown>[]);
    });
    db.close();
    type Entry = { id: string; expectedLevel: number | null };
    type Rating = { observed: { kind: string; level?: number } | null };
    const cells: Record<string, Record<string, string>> = {};
    const drafts: string[] = [];
    for (const review of reviews) {
      if (!String(review['cycleEnd']).startsWith('2025')) continue;
      if (['brouillon', 'prete'].includes(String(review['status']))) drafts.push(String(review['id']));
      const row: Record<string, string> = {};
      for (const entry of review['profile'] as Entry[]) {
        const observed = (review['ratings'] as Record<string, Rating>)[entry.id]?.observed;
        if (entry.expectedLevel === null || !observed) row[entry.id] = '·';
        else if (observed.kind === 'not-observed') row[entry.id] = 'n.o.';
        else {
          const delta = (observed.kind === 'below' ? 0 : observed.level!) - entry.expectedLevel;
          row[entry.id] = delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';
        }
      }
      cells[String(review['id'])] = row;
    }
    return { cells, drafts };
  });
  expect(Object.keys(expected.cells).length).toBeGreaterThan(5);
  for (const [reviewId, row] of Object.entries(expected.cells)) {
    for (const [competencyId, text] of Object.entries(row)) {
      await expect(page.locator(`tr[data-review-id="${reviewId}"] td[data-competency="${competencyId}"]`)).toHaveText(text);
    }
  }
  for (const reviewId of expected.drafts) await expect(page.locator(`tr[data-review-id="${reviewId}"]`)).toContainText('(brouillon)');
  // Drafts are left out unless asked for.
  await tick(page.getByLabel(/^Inclure les brouillons|^Inclure le brouillon/), false);
  for (const reviewId of expected.drafts) await expect(page.locator(`tr[data-review-id="${reviewId}"]`)).toHaveCount(0);
  await expect(page.locator('tr[data-review-id]')).toHaveCount(Object.keys(expected.cells).length - expected.drafts.length);
  expect(await seriousA11yViolations()).toEqual([]);
});

test('on a generated team of 5,000, filter and sort give the right rows and the DOM stays bounded', async ({ page }) => {
  test.setTimeout(180_000);
  const { people, reviews } = generateTeam({ size: 5000, seed: 42, today: TODAY, years: 2, evidenceSentences: 1 });
  const team = new TeamPage(page);
  await team.open();
  await writeRaw(page, 'people', people);
  await writeRaw(page, 'reviewSummaries', reviews.map(summarise));
  await writeRaw(page, 'personSummaries', personSummaries(reviews.map(summarise)));
  await page.reload();
  await expect(page.getByText('5000 personnes affichées sur 5000')).toBeVisible({ timeout: 30_000 });
  const domRows = () => page.locator('.team-table tbody tr:not(.spacer)').count();
  expect(await domRows()).toBeLessThanOrEqual(60);

  const rows = teamRows(people, personSummaries(reviews.map(summarise)), TODAY);
  const byName = (a: { name: string }, b: { name: string }) => compareText(a.name, b.name);

  // Filter: class B, status "brouillon", text "dubois".
  await page.getByRole('combobox', { name: 'Classe', exact: true }).selectOption('B');
  await page.getByRole('combobox', { name: 'Cycle à évaluer' }).selectOption('brouillon');
  await page.getByLabel('Rechercher').fill('dubois');
  const expected = filterTeamRows(rows, { ...EMPTY_TEAM_FILTER, classId: 'B', status: 'brouillon', text: 'dubois' });
  expect(expected.length).toBeGreaterThan(0);
  await expect(page.getByText(`${expected.length} ${expected.length === 1 ? 'personne affichée' : 'personnes affichées'} sur 5000`)).toBeVisible();
  // The rows drawn, from the first one's place: each the name the filtered, sorted team has there.
  const drawn = async () => {
    const first = Number(await page.locator('.team-table tbody tr:not(.spacer)').first().getAttribute('data-row-index'));
    const names = (await page.locator('.team-table tbody tr:not(.spacer) th').allInnerTexts()).map((text) => text.replace(/\s*\(exemple\)\s*$/, ''));
    return { first, names };
  };
  const shown = await drawn();
  expect(shown.first).toBe(0);
  expect(shown.names).toEqual(expected.sort(byName).slice(0, shown.names.length).map((row) => row.name));

  // Sort by name, descending.
  await page.getByLabel('Rechercher').fill('');
  await page.getByRole('combobox', { name: 'Cycle à évaluer' }).selectOption('');
  const classB = filterTeamRows(rows, { ...EMPTY_TEAM_FILTER, classId: 'B' }).sort(byName).reverse();
  const ascending = [...classB].reverse();
  await expect(page.locator('.team-table tbody tr:not(.spacer) .row-link').first()).toHaveText(ascending[0]!.name);
  // A new order rewrites the rows in place: the first row's element stays, showing someone else.
  const firstRow = await page.locator('.team-table tbody tr[data-row-index="0"]').elementHandle();
  await page.getByRole('button', { name: /^Nom/ }).click();
  await expect(page.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.locator('.team-table tbody tr:not(.spacer) .row-link').first()).toHaveText(classB[0]!.name);
  expect(await firstRow!.evaluate((row) => row.isConnected)).toBe(true);
  const sorted = await drawn();
  expect(sorted.names).toEqual(classB.slice(0, sorted.names.length).map((row) => row.name));
  expect(await domRows()).toBeLessThanOrEqual(60);

  // « Fin de cycle » sorts by the cycle's end, the soonest first; then back to names, descending.
  await page.getByRole('button', { name: /^Fin de cycle/ }).click();
  await expect(page.getByRole('columnheader', { name: /Fin de cycle/ })).toHaveAttribute('aria-sort', 'ascending');
  const soonest = classB.reduce((end, row) => (row.cycle.end < end ? row.cycle.end : end), classB[0]!.cycle.end);
  const endingFirst = classB.filter((row) => row.cycle.end === soonest).map((row) => row.name);
  await expect(async () => expect(endingFirst).toContain(await page.locator('.team-table tbody tr:not(.spacer) .row-link').first().innerText())).toPass();
  await page.getByRole('button', { name: /^Nom/ }).click();
  await page.getByRole('button', { name: /^Nom/ }).click();
  await expect(page.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'descending');

  // Keyboard: End jumps to the last row, which the virtualizer brings into the DOM.
  await page.locator('.team-table .row-link').first().focus();
  await page.keyboard.press('End');
  await expect(page.locator('.team-table .row-link:focus')).toHaveText(classB.at(-1)!.name);
  const atEnd = await drawn();
  expect(atEnd.first).toBeGreaterThan(0);
  expect(atEnd.names).toEqual(classB.slice(atEnd.first, atEnd.first + atEnd.names.length).map((row) => row.name));
  expect(atEnd.first + atEnd.names.length).toBe(classB.length);
  expect(await domRows()).toBeLessThanOrEqual(60);

  // The table follows its box, which follows the window: a taller window draws the rows that fill it.
  const beforeResize = await domRows();
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: viewport.width, height: viewport.height + 500 });
  await expect.poll(domRows).toBeGreaterThanOrEqual(beforeResize + 10);
  await page.setViewportSize(viewport);

  // The sort and columns are remembered.
  await page.locator('summary', { hasText: 'Colonnes affichées' }).click();
  await tick(page.getByRole('checkbox', { name: 'Matricule' }), false);
  await page.reload();
  await expect(page.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'descending');
  await expect(page.getByRole('columnheader', { name: 'Matricule' })).toHaveCount(0);

  // The heat map of a year of 5,000 reviews is virtualized too: a bounded DOM, whatever the scroll (issue 13).
  // Its year select is never drawn empty while the years are read.
  await page.evaluate(() => {
    const seen = window as unknown as { emptyYearSelects: number };
    seen.emptyYearSelects = 0;
    new MutationObserver(() => {
      const select = document.querySelector<HTMLSelectElement>('#heat-year');
      if (select && select.options.length === 0) seen.emptyYearSelects += 1;
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/#/equipe/carte');
  await expect(page.getByRole('heading', { level: 1, name: /Carte/ })).toBeVisible();
  const heatRows = page.locator('tr[data-review-id]');
  await expect(heatRows.first()).toBeVisible({ timeout: 30_000 });
  expect(await page.evaluate(() => (window as unknown as { emptyYearSelects: number }).emptyYearSelects)).toBe(0);
  expect(await heatRows.count()).toBeLessThanOrEqual(80);
  const firstBefore = await heatRows.first().getAttribute('data-review-id');
  await page.getByRole('region', { name: 'Par personne' }).evaluate((region) => region.scrollTo(0, region.scrollHeight));
  await expect(heatRows.first()).not.toHaveAttribute('data-review-id', firstBefore ?? '');
  expect(await heatRows.count()).toBeLessThanOrEqual(80);
});

test('the CSV export is the table as shown, UTF-8 with a BOM and semicolons', async ({ page }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Zoë « Ünal »; fils', staffNumber: 'Z1', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2026', service: 'Contentieux' });
  await team.open();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const file = await (await download).path();
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = bytes.toString('utf8').slice(1);
  expect(text.split('\r\n')[0]).toBe('Nom;Matricule;Classe;Service;Cycle à évaluer;Fin de cycle;Prochaine étape;Dernière évaluation;Sous l’attendu');
  expect(text.split('\r\n')[1]).toBe('"Zoë « Ünal »; fils";Z1;C;Contentieux;pas commencée;31/12/2026;Commencer;;');
});

import { expect, test } from './fixtures';
import { TeamPage } from './pages/team-pages';

const TODAY = new Date('2026-11-26T10:00:00+01:00');

type Row = { name: string; rated: number; below: number; met: number; above: number; notObserved: number; withoutEvidence: number };

test('self-calibration: the figures per competency and per class are those of the stored reviews, and no person is named', async ({ page, seriousA11yViolations }) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(TODAY);
  const team = new TeamPage(page);
  await team.open();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText('12 gestionnaires de dossiers')).toBeVisible();
  await page.getByRole('link', { name: 'Auto-calibrage' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Auto-calibrage de mes évaluations' })).toBeVisible();
  await page.getByLabel('Année (fin du cycle)').selectOption('2025');

  // The same figures, counted here straight from the stored reviews (raw IndexedDB).
  const stored = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
    });
    type Stored = { classId: string; cycleEnd: string; profile: { id: string; name: string; expectedLevel: number | null }[]; ratings: Record<string, { observed: { kind: string; level?: number } | null; evidence: string }> };
    const reviews = await new Promise<Stored[]>((resolve) => {
      const request = db.transaction('reviews').objectStore('reviews').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    const people = await new Promise<{ name: string }[]>((resolve) => {
      const request = db.transaction('people').objectStore('people').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const count = (classId: string | null) => {
      const rows = new Map<string, { name: string; rated: number; below: number; met: number; above: number; notObserved: number; withoutEvidence: number }>();
      for (const review of reviews.filter((candidate) => candidate.cycleEnd.startsWith('2025-') && (classId === null || candidate.classId === classId))) {
        for (const entry of review.profile) {
          if (entry.expectedLevel === null) continue;
          const row = rows.get(entry.id) ?? { name: entry.name, rated: 0, below: 0, met: 0, above: 0, notObserved: 0, withoutEvidence: 0 };
          rows.set(entry.id, row);
          const rating = review.ratings[entry.id];
          if (!rating?.observed) continue;
          if (rating.observed.kind === 'not-observed') {
            row.notObserved++;
            continue;
          }
          const delta = (rating.observed.kind === 'below' ? 0 : rating.observed.level!) - entry.expectedLevel;
          row.rated++;
          if (delta < 0) row.below++;
          else if (delta > 0) row.above++;
          else row.met++;
          if (delta !== 0 && rating.evidence.trim() === '') row.withoutEvidence++;
        }
      }
      return { reviews: reviews.filter((candidate) => candidate.cycleEnd.startsWith('2025-') && (classId === null || candidate.classId === classId)).length, rows: [...rows.values()] };
    };
    return { all: count(null), classC: count('C'), names: people.map((person) => person.name) };
  });
  expect(stored.all.reviews).toBeGreaterThan(0);

  const tableRows = async (): Promise<Row[]> =>
    page.getByRole('table', { name: /^Écarts observé moins attendu/ }).locator('tbody tr').evaluateAll((rows) =>
      rows.map((row) => {
        const cells = [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
        return { name: cells[0]!, rated: Number(cells[1]), below: Number(cells[2]), met: Number(cells[3]), above: Number(cells[4]), notObserved: Number(cells[5]), withoutEvidence: Number(cells[7]) };
      }),
    );
  const sortByName = (rows: Row[]) => [...rows].sort((a, b) => a.name.localeCompare(b.name));

  await expect(page.getByRole('status').filter({ hasText: /évaluations? dont le cycle se termine en 2025/ })).toHaveText(`${stored.all.reviews} évaluations dont le cycle se termine en 2025.`);
  expect(sortByName(await tableRows())).toEqual(sortByName(stored.all.rows));
  await expect(page.getByRole('img', { name: 'Répartition des écarts observé moins attendu, par compétence (Toute l’équipe)' })).toBeVisible();
  expect(await seriousA11yViolations()).toEqual([]);

  // One class.
  await page.getByLabel('Périmètre').selectOption({ label: 'Classe C' });
  await expect(page.getByRole('table', { name: 'Écarts observé moins attendu, par compétence (Classe C)' })).toBeVisible();
  expect(sortByName(await tableRows())).toEqual(sortByName(stored.classC.rows));

  // Never a ranking of named people: no name of the team on the screen.
  const text = await page.locator('main').innerText();
  for (const name of stored.names) expect(text).not.toContain(name);
});

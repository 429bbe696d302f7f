import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { upgradeAsNewerJalon } from './stored';
import { PersonPage, ReviewPage, TeamPage } from './pages/team-pages';
import { tick } from './controls';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected dialog: ${dialog.message()}`);
  });
});

test('find, edit and archive case handlers', async ({ page }) => {
  const team = new TeamPage(page);
  const person = new PersonPage(page);
  await team.open();
  await team.addPerson({ name: 'Zoë Ünal', staffNumber: 'Z1', classId: 'B', classFrom: '01/01/2020', cycleStart: '01/01/2025', service: 'Contentieux' });
  await person.waitFor('Zoë Ünal');
  await team.open();
  await team.addPerson({ name: 'Pieter Janssens', classId: 'D', classFrom: '01/01/2020', cycleStart: '01/01/2025', service: 'Accueil' });
  await person.waitFor('Pieter Janssens');

  await team.open();
  await expect(page.getByText('2 gestionnaires de dossiers')).toBeVisible();
  await page.getByLabel('Rechercher').fill('unal');
  await expect(team.row('Zoë Ünal')).toBeVisible();
  await expect(team.row('Pieter Janssens')).toHaveCount(0);
  await page.getByLabel('Rechercher').fill('accueil');
  await expect(team.row('Pieter Janssens')).toBeVisible();
  await page.getByLabel('Rechercher').fill('personne');
  await expect(page.getByText('Aucune personne ne correspond à « personne ».')).toBeVisible();
  await page.getByLabel('Rechercher').fill('');

  await team.row('Pieter Janssens').getByRole('link').click();
  await page.getByRole('link', { name: 'Modifier' }).click();
  await page.getByLabel('Service ou équipe').fill('Guichet');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Classe D · Guichet')).toBeVisible();

  await page.getByRole('button', { name: 'Archiver' }).click();
  await expect(page.getByText(/Cette personne est archivée/)).toBeVisible();
  await team.open();
  await expect(page.getByText('1 gestionnaire de dossiers')).toBeVisible();
  await expect(team.row('Pieter Janssens')).toHaveCount(0);
  await tick(page.getByLabel('Afficher les personnes archivées'));
  await expect(team.row('Pieter Janssens')).toContainText('archivé·e');
});

test('markup, script, emoji and 100,000 characters are stored and shown as plain text', async ({ page }) => {
  const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> Zoé 🌟';
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: hostile, classId: 'A1', classFrom: '01/01/2020', cycleStart: '01/01/2025', service: '<b>Service</b> « spécial »' });
  const person = new PersonPage(page);
  await person.waitFor(hostile);
  await expect(page.getByText('Classe A1 · <b>Service</b> « spécial »')).toBeVisible();
  await person.openReview(2);

  const review = new ReviewPage(page);
  const long = `${'Ceci est une longue observation. '.repeat(3100)}`.slice(0, 100_000);
  expect(long.length).toBe(100_000);
  await (await review.openEvidence('Communiquer')).fill(long);
  await (await review.openEvidence('Collaborer')).fill(hostile);
  await review.waitSaved();
  await page.reload();
  await expect(review.evidence('Communiquer')).toHaveValue(long);
  await expect(review.evidence('Collaborer')).toHaveValue(hostile);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Évaluation de ${hostile}`);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
});

test('the ready check lists what is missing and takes the user to it', async ({ page }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Nora Lambert', classId: 'D', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Nora Lambert');
  await person.openReview(2);
  const review = new ReviewPage(page);

  await page.getByRole('button', { name: 'Marquer comme prête' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’évaluation n’est pas complète : complétez d’abord les éléments listés.' })).toBeVisible();
  await expect(page.getByText('Statut : brouillon')).toBeVisible();

  await review.missing().getByRole('button', { name: 'Se développer : niveau observé' }).click();
  await expect(review.card('Se développer')).toBeFocused();
  await page.keyboard.press('0');
  await review.missing().getByRole('button', { name: 'Se développer : observations' }).click();
  await expect(review.evidence('Se développer')).toBeFocused();
  await page.keyboard.press('n');
  await expect(review.missing().getByRole('button', { name: 'Se développer : observations' })).toHaveCount(0);
});

test('an old record with a class the framework does not know is shown safely, with a message', async ({ page }) => {
  const team = new TeamPage(page);
  await team.open();
  await team.addPerson({ name: 'Modèle', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' });
  const person = new PersonPage(page);
  await person.waitFor('Modèle');
  await person.openReview(1);
  const reviewId = page.url().split('/').pop()!;

  // Write, as an older or damaged version would have, a person and a review in class "E".
  await page.evaluate(async (sourceReviewId) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('jalon');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const read = <T,>(store: string, key: string) =>
      new Promise<T>((resolve) => {
        const request = db.transaction(store).objectStore(store).get(key);
        request.onsuccess = () => resolve(request.result as T);
      });
    const source = await read<Record<string, unknown>>('reviews', sourceReviewId);
    const personRecord = await read<Record<string, unknown>>('people', source['personId'] as string);
    await new Promise<void>((resolve, reject) => {
      const tx = db.transaction(['people', 'reviews'], 'readwrite');
      tx.objectStore('people').put({ ...personRecord, id: 'old-person', name: 'Ancien Dossier', staffNumber: '', classHistory: [{ classId: 'E', from: '2010-01-01' }] });
      tx.objectStore('reviews').put({ ...source, id: 'old-review', personId: 'old-person', classId: 'E' });
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  }, reviewId);

  await team.open();
  await expect(team.row('Ancien Dossier')).toContainText('Classe inconnue (« E »)');
  await team.row('Ancien Dossier').getByRole('link').click();
  await person.waitFor('Ancien Dossier');
  await page.getByRole('button', { name: 'Commencer l’évaluation – Cycle 2' }).click();
  await expect(page.getByRole('alert')).toContainText('La classe de cette personne est inconnue du référentiel');

  await page.goto('/#/evaluation/old-review');
  await expect(page.getByRole('alert')).toContainText('classe inconnue (« E »)');
  await expect(new ReviewPage(page).card('Communiquer')).toBeVisible();
});

test('a restart paints the team kept from the last one at once; filters and sorting wait for the read, which replaces it', async ({ page }) => {
  // The first table the page ever holds (before it is painted): its rows, whether it is still being read, the search.
  await page.addInitScript(() => {
    const first: { busy: string | null; names: string[]; searchDisabled: boolean | null }[] = [];
    Object.assign(window, { firstTable: first });
    new MutationObserver(() => {
      const table = document.querySelector('.team-table');
      if (first.length > 0 || !table?.querySelector('.row-link')) return;
      first.push({
        busy: table.getAttribute('aria-busy'),
        names: [...table.querySelectorAll('.row-link')].map((link) => link.textContent ?? ''),
        searchDisabled: document.querySelector<HTMLInputElement>('#team-search')?.disabled ?? null,
      });
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  const firstTable = () => page.evaluate(() => (window as unknown as { firstTable: { busy: string | null; names: string[]; searchDisabled: boolean | null }[] }).firstTable[0]);
  const team = new TeamPage(page);
  await team.open();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByRole('button', { name: 'Retirer l’équipe d’exemple' })).toBeVisible();
  const names = await page.locator('.team-table .row-link').allTextContents();
  const figures = await page.locator('.team-counts').textContent();

  await page.reload();
  await expect(page.locator('.team-table')).toHaveAttribute('aria-busy', 'false');
  // The first frame was the kept screenful, the same rows in the same order, with search waiting for the read…
  expect(await firstTable()).toEqual({ busy: 'true', names, searchDisabled: true });
  // …and the read gave the same team and the same figures.
  await expect(page.locator('.team-table .row-link')).toHaveText(names);
  await expect(page.locator('.team-counts')).toHaveText(figures!);
  await page.getByLabel('Rechercher').fill(names[1]!);
  await expect(page.locator('.team-table .row-link')).toHaveText([names[1]!]);
  // The read behind the kept screenful started after its paint, and still follows the database: the example removed
  // from this same screen empties it, and loaded again fills it with the same team.
  await page.getByLabel('Rechercher').fill('');
  await page.getByRole('button', { name: 'Retirer l’équipe d’exemple' }).click();
  await page.getByRole('button', { name: 'Oui, retirer les données d’exemple' }).click();
  await expect(page.getByText('Aucun gestionnaire de dossiers pour l’instant.')).toBeVisible();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.locator('.team-table .row-link')).toHaveText(names);

  // Back to the team later in the session, after archiving the first person: the kept screenful predates that edit,
  // so the team waits for the read; the archived person is never on it, even for a frame.
  await page.getByLabel('Rechercher').fill('');
  await page.locator('.team-table .row-link').first().click();
  await page.getByRole('button', { name: 'Archiver' }).click();
  await expect(page.getByText(/Cette personne est archivée/)).toBeVisible();
  await page.evaluate(() => (window as unknown as { firstTable: unknown[] }).firstTable.splice(0));
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Équipe' }).click();
  await expect(page.locator('.team-table .row-link')).toHaveText(names.slice(1));
  expect(await firstTable()).toMatchObject({ busy: 'false', names: names.slice(1) });
});

/**
 * Holds every `indexedDB.open` of the next load (the real one is called on `releaseDatabase()`), when the test
 * asked for it in sessionStorage: the app's first open of the database can then be made as slow as a test needs.
 */
function holdDatabaseOpens() {
  const real = IDBFactory.prototype.open;
  const held: (() => void)[] = [];
  let calls = 0;
  let released = sessionStorage.getItem('e2e.holdDatabase') !== '1';
  sessionStorage.removeItem('e2e.holdDatabase');
  Object.assign(window, {
    databaseOpens: () => calls,
    releaseDatabase: () => {
      released = true;
      for (const open of held.splice(0)) open();
    },
  });
  IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
    calls += 1;
    if (released) return real.apply(this, args);
    // A stand-in request: its handlers are the real request's once the open is let through.
    const stand = { onsuccess: null, onerror: null, onblocked: null, onupgradeneeded: null } as Record<string, ((event: Event) => unknown) | null>;
    let request: IDBOpenDBRequest | null = null;
    for (const field of ['result', 'error', 'transaction', 'readyState'] as const) Object.defineProperty(stand, field, { get: () => request?.[field] ?? null });
    held.push(() => {
      request = real.apply(this, args);
      for (const type of ['success', 'error', 'blocked', 'upgradeneeded']) {
        request[`on${type}` as 'onsuccess'] = (event: Event) => stand[`on${type}`]?.call(stand, event);
      }
    });
    return stand as unknown as IDBOpenDBRequest;
  };
}

/** What `holdDatabaseOpens` gives the page. */
type HeldOpens = { databaseOpens: () => number; releaseDatabase: () => void };
const databaseOpens = (page: Page) => page.evaluate(() => (window as unknown as HeldOpens).databaseOpens());
const releaseDatabase = (page: Page) => page.evaluate(() => (window as unknown as HeldOpens).releaseDatabase());

/**
 * The example team loaded, its first screenful kept (when the browser is idle), and the database's opens
 * to be held at the next load: the names that screenful shows.
 */
async function keptTeamWithOpensHeld(page: Page): Promise<string[]> {
  await page.addInitScript(holdDatabaseOpens);
  await new TeamPage(page).open();
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByRole('button', { name: 'Retirer l’équipe d’exemple' })).toBeVisible();
  await expect.poll(() => page.evaluate(() => localStorage.getItem('jalon.team.firstScreen') !== null)).toBe(true);
  const names = await page.locator('.team-table .row-link').allTextContents();
  await page.evaluate(() => sessionStorage.setItem('e2e.holdDatabase', '1'));
  return names;
}

test('a restart whose database is slow to open paints the kept screenful meanwhile, and nothing touches the database until it is open', async ({ page }) => {
  const names = await keptTeamWithOpensHeld(page);
  const scripts: string[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.reload();
  // The team as the last start left it, painted while the database's open is held, still being read.
  await expect(page.locator('.team-table .row-link')).toHaveText(names);
  await expect(page.locator('.team-table')).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByLabel('Rechercher')).toBeDisabled();
  // Startup asked for the database's version, and nothing else asked for the database.
  await expect.poll(() => databaseOpens(page)).toBe(1);

  // A person's page asked for meanwhile: its code loads, but it waits for the database, and asks nothing of it.
  await page.locator('.team-table .row-link').first().click();
  await expect(page).toHaveURL(/#\/personne\//);
  await expect.poll(() => scripts.some((path) => path.includes('/PersonScreen-'))).toBe(true);
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  await expect(page.locator('main h1')).toHaveCount(0);
  expect(await databaseOpens(page)).toBe(1);
  // The quick capture's shortcut waits too.
  await page.keyboard.press('Alt+J');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await releaseDatabase(page);
  await expect(page.getByRole('heading', { level: 1, name: names[0] })).toBeVisible();
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Équipe' }).click();
  await expect(page.locator('.team-table')).toHaveAttribute('aria-busy', 'false');
  await expect(page.locator('.team-table .row-link')).toHaveText(names);
});

test('a slow restart with the kept screenful, on a database a newer Jalon wrote meanwhile: the screenful gives way to the message', async ({ page, context }) => {
  const names = await keptTeamWithOpensHeld(page);
  await page.reload();
  await expect(page.locator('.team-table .row-link')).toHaveText(names);
  // Meanwhile a newer Jalon, in another window, upgrades the database.
  const other = await context.newPage();
  await other.goto('/icon.svg');
  expect(await upgradeAsNewerJalon(other, 990)).toBe(true);
  await releaseDatabase(page);
  await expect(page.getByRole('alert')).toContainText('enregistrées par une version plus récente de Jalon (schéma 99');
  await expect(page.locator('.team-table')).toHaveCount(0);
});

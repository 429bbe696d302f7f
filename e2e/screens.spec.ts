import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

/** axe-core's moderate, serious and critical violations on the page as shown. */
async function a11yViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => ['moderate', 'serious', 'critical'].includes(violation.impact ?? ''))
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}

const TODAY = '2026-11-26';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date(`${TODAY}T10:00:00+01:00`));
});

/**
 * How far the page or any scrolling element scrolls sideways beyond its box, in CSS pixels, with the culprits.
 * (Cells that end a long text with « … » are clipped on purpose, not scrolled: they are not counted.)
 */
async function horizontalOverflow(page: Page): Promise<{ page: number; elements: string[] }> {
  return page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    const elements: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      // Visually hidden text (clipped to a pixel for screen readers) is not on screen.
      if (!['auto', 'scroll'].includes(style.overflowX) || style.display === 'none' || element.clientWidth <= 4) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        elements.push(`${element.tagName.toLowerCase()}.${element.className} (${element.scrollWidth} > ${element.clientWidth})`);
      }
    }
    return { page: root.scrollWidth - root.clientWidth, elements };
  });
}

/** A screen of the example team: its address, and what says it is drawn. */
type ExampleScreen = { name: string; hash: string; ready: (page: Page) => Promise<void> };

/** Opens a screen by its address (a load of its own) and waits until it is drawn. */
async function show(page: Page, screen: ExampleScreen): Promise<void> {
  await page.goto(`/${screen.hash}`);
  await screen.ready(page);
}

function named(screens: ExampleScreen[], name: string): ExampleScreen {
  const screen = screens.find((candidate) => candidate.name === name);
  if (!screen) throw new Error(`no example screen named ${name}`);
  return screen;
}

/** Loads the example team and returns the address of a few screens that show it. */
async function exampleScreens(page: Page): Promise<ExampleScreen[]> {
  await page.goto('/#/equipe');
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText(/Des données d’exemple sont chargées/)).toBeVisible();
  const first = page.getByRole('rowheader').first().getByRole('link');
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const personName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
  const personHash = await page.evaluate(() => location.hash);
  const personId = personHash.split('/')[2] ?? '';
  const reviewButton = page.getByRole('button', { name: /Ouvrir l’évaluation – Cycle/ }).first();
  await reviewButton.click();
  await expect(page.getByRole('heading', { level: 1, name: /^Évaluation de / })).toBeVisible();
  const reviewHash = await page.evaluate(() => location.hash);
  const reviewId = reviewHash.split('/')[2] ?? '';
  const h1 = (name: RegExp | string) => async (p: Page) => {
    await expect(p.getByRole('heading', { level: 1, name })).toBeVisible();
  };
  return [
    { name: 'team', hash: '#/equipe', ready: h1('Équipe') },
    {
      name: 'heatmap',
      hash: '#/equipe/carte',
      // The years are read after the grid's first draw: the shot waits for the year chosen to be listed.
      ready: async (p: Page) => {
        await h1(/Carte/)(p);
        await expect(p.getByLabel('Année de fin de cycle')).not.toHaveValue('');
      },
    },
    { name: 'person', hash: `#/personne/${personId}`, ready: h1(personName) },
    { name: 'progression', hash: `#/personne/${personId}/progression`, ready: h1(/Progression/) },
    { name: 'person-edit', hash: `#/personne/${personId}/modifier`, ready: h1(/Modifier/) },
    { name: 'person-new', hash: '#/equipe/nouveau', ready: h1('Nouveau gestionnaire de dossiers') },
    { name: 'review-example', hash: `#/evaluation/${reviewId}`, ready: h1(/^Évaluation de /) },
    { name: 'print', hash: `#/evaluation/${reviewId}/impression`, ready: h1('Rapport d’évaluation') },
    { name: 'meeting', hash: `#/evaluation/${reviewId}/entretien`, ready: h1('Objectifs du cycle') },
    { name: 'referentiel', hash: '#/referentiel', ready: h1(/Référentiel/) },
    { name: 'settings', hash: '#/parametres', ready: h1(/Paramètres/) },
    { name: 'data', hash: '#/donnees', ready: h1('Sauvegarde et restauration') },
  ];
}

test('every screen fits at 1280×800 and 1024×768 without horizontal scrolling, and passes axe', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 800 });
  const screens = await exampleScreens(page);
  const problems: string[] = [];
  for (const size of [{ width: 1280, height: 800 }, { width: 1024, height: 768 }]) {
    await page.setViewportSize(size);
    for (const screen of screens) {
      await show(page, screen);
      if (size.width === 1280) {
        // The Référentiel's README picture is e2e/referentiel.spec.ts's.
        if (screen.name !== 'referentiel') await page.screenshot({ path: `docs/screenshots/${screen.name}.png` });
        for (const violation of await a11yViolations(page)) problems.push(`${screen.name}: ${violation}`);
      }
      const overflow = await horizontalOverflow(page);
      if (overflow.page > 0 || overflow.elements.length > 0) {
        problems.push(`${screen.name} at ${size.width}: page ${overflow.page}px; ${overflow.elements.join('; ')}`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test('a screen opened from another starts at its top, and « Aller au contenu » takes the keyboard into the screen without leaving it', async ({ page }) => {
  const screens = await exampleScreens(page);
  const review = named(screens, 'review-example');
  const referentiel = named(screens, 'referentiel');
  // The Référentiel's code is in (a screen still loading would start empty, at the top anyway).
  await show(page, referentiel);
  await show(page, review);
  const main = page.locator('main#main');
  const scrolled = () => main.evaluate((element) => element.scrollTop);
  // Down at the review's last cards, then the Référentiel from the sidebar, which does not scroll with them.
  await main.evaluate((element) => {
    element.scrollTop = element.scrollHeight;
  });
  expect(await scrolled()).toBeGreaterThan(300);
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Référentiel' }).click();
  await referentiel.ready(page);
  expect(await scrolled()).toBe(0);
  expect(await main.evaluate((element) => element.scrollHeight - element.clientHeight)).toBeGreaterThan(300);

  // The skip link (first on the page for the keyboard), followed: focus into the screen, the same screen.
  await page.getByRole('link', { name: 'Aller au contenu' }).focus();
  await page.keyboard.press('Enter');
  await expect(main).toBeFocused();
  await referentiel.ready(page);
  expect(await page.evaluate(() => location.hash)).toBe('#/referentiel');
});

test('a link followed from the keyboard leaves the focus in the screen it opens, not at the top of the window', async ({ page }) => {
  const screens = await exampleScreens(page);
  const person = named(screens, 'person');
  await show(page, named(screens, 'review-example'));
  // The breadcrumb's link to the person, in the review that goes away with the link.
  const breadcrumb = page.locator('main .breadcrumb a').nth(1);
  await breadcrumb.focus();
  await page.keyboard.press('Enter');
  await person.ready(page);
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab is in the person's page, not the skip link at the top of the window.
  await page.keyboard.press('Tab');
  await expect(page.locator('main :focus')).toHaveCount(1);
});

import { expect, test } from './fixtures';
import { ReviewPage, TeamPage } from './pages/team-pages';

test('a review open in two tabs: one writes, the other shows it read-only and takes over when the first closes', async ({ page, context }) => {
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  const team = new TeamPage(page);
  await team.open();
  const first = await team.addPersonAndOpenReview({ name: 'Jan Claes', classId: 'C', classFrom: '01/01/2020', cycleStart: '01/01/2025' }, 2);
  await (await first.openEvidence('Communiquer')).fill('Écrit dans le premier onglet.');
  await first.waitSaved();

  const other = await context.newPage();
  await other.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  await other.goto(page.url());
  const second = new ReviewPage(other);
  await expect(other.getByRole('alert')).toContainText('ouverte dans un autre onglet ou une autre fenêtre');
  await expect(second.evidence('Communiquer')).toHaveValue('Écrit dans le premier onglet.');
  await expect(second.evidence('Communiquer')).not.toBeEditable();
  await expect(second.card('Communiquer').getByRole('radio', { name: /^Niveau 2 – / })).toBeDisabled();
  await expect(other.getByRole('button', { name: 'Finaliser' })).toHaveCount(0);

  // What the first tab writes shows in the second.
  await first.evidence('Communiquer').fill('Écrit dans le premier onglet, puis complété.');
  await expect(second.evidence('Communiquer')).toHaveValue('Écrit dans le premier onglet, puis complété.');

  // The first closes: the second takes over, with what is stored.
  await page.close();
  await expect(other.getByRole('alert')).toHaveCount(0);
  await expect(second.evidence('Communiquer')).toBeEditable();
  await second.evidence('Communiquer').fill('Repris dans le second onglet.');
  await second.waitSaved();
  await other.reload();
  await expect(second.evidence('Communiquer')).toHaveValue('Repris dans le second onglet.');
  await expect(other.getByRole('alert')).toHaveCount(0);
});

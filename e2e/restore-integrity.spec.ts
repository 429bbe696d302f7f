import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { choose, tick } from './controls';

/** Answers the next file chooser with `file`. */
async function chooseFile(page: Page, button: string, file: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
}

/** A plain backup with one finalised review's comment rewritten and the checksum recomputed: only the seal can tell. */
function tamper(file: string, out: string): { personName: string; cycleStart: string; cycleEnd: string; reviewId: string } {
  const bytes = readFileSync(file);
  const headerLength = bytes.readUInt32BE(8);
  const header = JSON.parse(bytes.subarray(12, 12 + headerLength).toString('utf8'));
  const payload = JSON.parse(bytes.subarray(12 + headerLength).toString('utf8'));
  const table = (name: string) => payload.data.data.find((entry: { tableName: string }) => entry.tableName === name).rows as Record<string, unknown>[];
  const review = table('reviews').find((row) => row['contentHash'] && row['status'] !== 'brouillon')!;
  review['evaluatorComment'] = 'Réécrit après coup.';
  const person = table('people').find((row) => row['id'] === review['personId'])!;
  const body = Buffer.from(JSON.stringify(payload));
  const newHeader = Buffer.from(JSON.stringify({ ...header, checksum: createHash('sha256').update(body).digest('hex'), payloadBytes: body.length }));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(newHeader.length);
  writeFileSync(out, Buffer.concat([bytes.subarray(0, 8), length, newHeader, body]));
  return { personName: String(person['name']), cycleStart: String(review['cycleStart']), cycleEnd: String(review['cycleEnd']), reviewId: String(review['id']) };
}

const fr = (iso: string) => iso.split('-').reverse().join('/');

test('a tampered finalised review in a backup is refused naming the person and cycle, or on explicit choice imported flagged « intégrité non vérifiable »', async ({ page, seriousA11yViolations }, testInfo) => {
  test.setTimeout(120_000);
  await page.clock.setFixedTime(new Date('2026-11-26T10:00:00+01:00'));
  await page.goto('/#/equipe');
  await page.getByRole('button', { name: 'Charger une équipe d’exemple' }).click();
  await expect(page.getByText('12 gestionnaires de dossiers')).toBeVisible();

  await page.goto('/#/donnees');
  const backupForm = page.getByRole('form', { name: 'Créer une sauvegarde' });
  await tick(backupForm.getByLabel('Créer une sauvegarde NON chiffrée'));
  await tick(backupForm.getByRole('checkbox', { name: /Je comprends/ }));
  const download = page.waitForEvent('download');
  await backupForm.getByRole('button', { name: 'Enregistrer la sauvegarde' }).click();
  const file = testInfo.outputPath('equipe.jalon');
  await (await download).saveAs(file);
  const tampered = testInfo.outputPath('modifiee.jalon');
  const victim = tamper(file, tampered);

  // Remove the team, then try to restore the changed file.
  await page.goto('/#/equipe');
  await page.getByRole('button', { name: 'Retirer l’équipe d’exemple' }).click();
  await page.getByRole('button', { name: 'Oui, retirer les données d’exemple' }).click();
  await expect(page.getByText('Aucun gestionnaire de dossiers pour l’instant.')).toBeVisible();
  await page.goto('/#/donnees');
  await chooseFile(page, 'Choisir un fichier de sauvegarde', tampered);
  await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
  const named = `${victim.personName}, ${fr(victim.cycleStart)} – ${fr(victim.cycleEnd)}`;
  await expect(page.getByRole('alert').filter({ hasText: 'ne correspond plus à son sceau' })).toContainText(named);
  await expect(page.getByRole('alert').filter({ hasText: 'ne correspond plus à son sceau' })).toContainText('le contenu');
  await expect(page.getByRole('alert').filter({ hasText: 'ne correspond plus à son sceau' })).toContainText('Aucune donnée n’a été modifiée.');
  const choice = page.getByRole('group', { name: 'Évaluations finalisées qui ne correspondent plus à leur sceau' });
  await expect(choice).toContainText(named);
  expect(await seriousA11yViolations()).toEqual([]);

  // The explicit choice: imported, flagged, and said so before anything is written.
  await choice.getByRole('button', { name: 'Importer en les marquant « intégrité non vérifiable »' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'sera importée avec la mention' })).toContainText(named);
  await choose(page.getByRole('radio', { name: /^Remplacer toutes les données/ }));
  await page.getByRole('button', { name: 'Restaurer maintenant' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restauration terminée' })).toContainText('12 personnes');

  // The integrity report lists it apart; the others are intact.
  await page.getByRole('button', { name: 'Vérifier toutes les évaluations finalisées' }).click();
  const report = page.getByRole('alert', { name: 'Rapport d’intégrité' });
  await expect(report).toContainText('modifiées hors de Jalon : 0.');
  await expect(report).toContainText('Importées avec la mention « intégrité non vérifiable »');
  await expect(report).toContainText(`${victim.personName}, cycle du ${fr(victim.cycleStart)} au ${fr(victim.cycleEnd)}`);
  expect(await seriousA11yViolations()).toEqual([]);

  // And the review says it, for good (it survives a reload: stored).
  await page.goto(`/#/evaluation/${victim.reviewId}`);
  await page.reload();
  await expect(page.getByRole('note').filter({ hasText: 'Intégrité non vérifiable' })).toContainText('le contenu');
  expect(await seriousA11yViolations()).toEqual([]);
});

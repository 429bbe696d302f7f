import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { countStored } from './stored';

/** A backup file put together by hand: magic, header length, header, payload. */
function backupFile(header: Record<string, unknown>, payload: string): Buffer {
  const payloadBytes = Buffer.from(payload, 'utf8');
  const headerBytes = Buffer.from(
    JSON.stringify({
      format: 'jalon-backup',
      formatVersion: 1,
      appVersion: '0.1.0',
      schemaVersion: 3,
      createdAt: '2026-11-26T09:00:00.000Z',
      counts: { people: 0, reviews: 0, settings: 1 },
      encryption: null,
      checksum: createHash('sha256').update(payloadBytes).digest('hex'),
      payloadBytes: payloadBytes.length,
      ...header,
    }),
  );
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  return Buffer.concat([Buffer.from('JALONBK1'), length, headerBytes, payloadBytes]);
}

const exportWithSetting = (value: string) =>
  `{"formatName":"dexie","formatVersion":1,"data":{"databaseName":"jalon","databaseVersion":3,"tables":[],"data":[{"tableName":"people","inbound":true,"rows":[]},{"tableName":"reviews","inbound":true,"rows":[]},{"tableName":"settings","inbound":true,"rows":[{"key":"profond","value":${value}}]}]}}`;

test('malformed backups found by hand each get a message, and nothing changes', async ({ page }, testInfo) => {
  await page.goto('/#/donnees');
  const cases = [
    {
      name: 'iv-egal.jalon',
      bytes: backupFile(
        { encryption: { algorithm: 'AES-GCM', kdf: 'PBKDF2-SHA256', iterations: 600000, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', iv: 'AAAA=AAAAAAAAAAA' } },
        'chiffré',
      ),
      passphrase: 'une phrase secrète de test',
      message: 'L’en-tête de ce fichier de sauvegarde est illisible ou incohérent. Aucune donnée n’a été modifiée.',
    },
    {
      name: 'profond.jalon',
      bytes: backupFile({}, exportWithSetting(`${'{"v":'.repeat(5000)}1${'}'.repeat(5000)}`)),
      passphrase: '',
      message: 'imbriqué bien plus profondément qu’une sauvegarde Jalon',
    },
  ];
  for (const testCase of cases) {
    const path = testInfo.outputPath(testCase.name);
    writeFileSync(path, testCase.bytes);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choisir un fichier de sauvegarde' }).click();
    await (await chooser).setFiles(path);
    await page.getByLabel('Phrase secrète de la sauvegarde').fill(testCase.passphrase);
    await page.getByRole('button', { name: 'Vérifier le fichier' }).click();
    await expect(page.getByRole('alert').filter({ hasText: testCase.message })).toBeVisible();
    await expect(page.getByText('Vérification du fichier')).toHaveCount(0);
  }
  expect(await countStored(page, ['people', 'reviews', 'settings'])).toEqual([0, 0, 0]);
});

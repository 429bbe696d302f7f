import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh folder under the system's temporary folder, removed (pass or fail)
 * when the current test ends, or with `until: 'file'` (made at a test file's
 * top level, as a faked `electron` module is) after the file's last test.
 */
export function temporaryFolder(prefix: string, { until = 'test' }: { until?: 'test' | 'file' } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  if (until === 'file') afterAll(remove);
  else onTestFinished(remove);
  return dir;
}

import { test } from './fixtures';

/*
 * The guards of ./fixtures are automatic: these tests never name them, and
 * must fail (test.fail) because of them alone.
 */
test.fail('a console error fails a test that never asked for the console guard', async ({ page }) => {
  await page.goto('/icon.svg');
  await page.evaluate(() => console.error('une erreur dans la console'));
});

test.fail('an error thrown in the page fails a test that never asked for the console guard', async ({ page }) => {
  await page.goto('/icon.svg');
  await page.evaluate(() => setTimeout(() => { throw new Error('non interceptée'); }));
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve)));
});

test.describe('the network guard', () => {
  // The blocked load logs a console error: let that one through so only the network guard can fail the test.
  test.use({ expectedConsoleErrors: [/ERR_BLOCKED_BY_CLIENT|Failed to load resource/] });
  test.fail('a request leaving the machine fails a test that never asked for the network guard', async ({ page }) => {
    // A blank page has no CSP: the request really goes out, and only the guard stops it (setContent waits for the load).
    await page.setContent('<img alt="" src="https://example.org/pixel.png">');
  });
});

test.describe('an expected console error', () => {
  test.use({ expectedConsoleErrors: [/stockage plein/] });
  test('is let through when the test says it expects it', async ({ page }) => {
    await page.goto('/icon.svg');
    await page.evaluate(() => console.error('stockage plein'));
  });
});

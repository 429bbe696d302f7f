// Measured steps that the benchmark and the profile scripts share (Playwright, in the app's page).

/**
 * From a person's page, painted: a real click on « Progression », to its table and chart painted.
 * `hooks.beforeClick` / `hooks.afterPaint` run just before the click and once both are painted (a profiler
 * started and stopped there sees the click alone). Resolves with [click → table, click → chart] in ms.
 */
export async function clickProgression(app, personId, hooks = {}) {
  await app.evaluate((id) => {
    window.location.hash = `#/personne/${id}`;
  }, personId);
  const link = app.locator(`a[href="#/personne/${personId}/progression"]`).first();
  await link.waitFor();
  await app.evaluate(() => window.__jalonBench.whenPainted(() => true));
  const box = await link.boundingBox();
  await app.evaluate(() => {
    window.__jalonBench.armed = window.__jalonBench.arm('click', [
      () => document.querySelector('.progression-table tbody tr'),
      () => document.querySelector('.chart-box .chart-svg'),
    ]);
  });
  await hooks.beforeClick?.();
  await app.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  const { painted } = await app.evaluate(() => window.__jalonBench.armed);
  await hooks.afterPaint?.();
  return painted;
}

/** A real click in the middle of `box` that turns the sort of the column header `header` (a selector), to that header painted, in ms. */
export async function clickSort(page, box, header) {
  const before = await page.evaluate((selector) => document.querySelector(selector).getAttribute('aria-sort'), header);
  await page.evaluate(
    ([selector, previous]) => {
      window.__jalonBench.armed = window.__jalonBench.arm('click', [() => document.querySelector(selector).getAttribute('aria-sort') !== previous]);
    },
    [header, before],
  );
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return (await page.evaluate(() => window.__jalonBench.armed)).painted[0];
}

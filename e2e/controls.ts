import { expect, type Locator } from '@playwright/test';

/**
 * react-aria-components radios and checkboxes keep their native input, visually
 * hidden inside the label: `.check()` on it finds nothing to click (the page is
 * hit instead), so these click the label, as a user does, and check the result.
 */
export async function choose(radio: Locator): Promise<void> {
  await radio.locator('xpath=ancestor::label[1]').click();
  await expect(radio).toBeChecked();
}

/** Ticks or unticks a checkbox by its label, then checks it took. */
export async function tick(checkbox: Locator, on = true): Promise<void> {
  if ((await checkbox.isChecked()) !== on) await checkbox.locator('xpath=ancestor::label[1]').click();
  if (on) await expect(checkbox).toBeChecked();
  else await expect(checkbox).not.toBeChecked();
}

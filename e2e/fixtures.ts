import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

type Fixtures = {
  /** Every request the page made to somewhere other than 127.0.0.1. */
  outsideRequests: string[];
  /** Console errors and CSP violations seen during the test. */
  consoleErrors: string[];
  /** Runs axe-core on the page and returns its serious and critical violations. */
  seriousA11yViolations: (page?: Page) => Promise<string[]>;
};

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/;

/**
 * Each test gets a fresh browser context (its own IndexedDB), fails on any
 * request that leaves the machine, and on any console error.
 */
export const test = base.extend<Fixtures>({
  outsideRequests: async ({ context }, use) => {
    const outside: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (LOCAL.test(url)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });
    await use(outside);
    expect(outside, 'requests that left 127.0.0.1').toEqual([]);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
    expect(errors, 'console errors').toEqual([]);
  },
  seriousA11yViolations: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).analyze();
      return results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    });
  },
});

export { expect };

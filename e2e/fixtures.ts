import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';

type Options = {
  /**
   * Console errors a test provokes on purpose (storage full, IndexedDB
   * refused…): set with `test.use({ expectedConsoleErrors: [/…/] })`. Any
   * other console error still fails the test.
   */
  expectedConsoleErrors: RegExp[];
};

type Fixtures = {
  /** Every request the page made to somewhere other than 127.0.0.1. */
  outsideRequests: string[];
  /** Console errors and CSP violations seen during the test. */
  consoleErrors: string[];
  /** Runs axe-core on the page and returns its moderate, serious and critical violations. */
  seriousA11yViolations: (page?: Page) => Promise<string[]>;
};

const LOCAL = /^(https?:\/\/127\.0\.0\.1(:\d+)?\/|data:|blob:|about:)/;

/**
 * Each test gets a fresh browser context (its own IndexedDB), fails on any
 * request that leaves the machine, and on any console error. Both guards are
 * automatic: a test gets them without asking.
 */
export const test = base.extend<Fixtures & Options>({
  expectedConsoleErrors: [[], { option: true }],
  outsideRequests: [
    async ({ context }, use) => {
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
    { auto: true },
  ],
  consoleErrors: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const expected = (text: string) => expectedConsoleErrors.some((pattern) => pattern.test(text));
      // Every page of the context, including ones a test opens itself.
      const watch = (page: Page) => {
        page.on('console', (message) => {
          if (message.type() === 'error' && !expected(message.text())) errors.push(message.text());
        });
        page.on('pageerror', (error) => {
          if (!expected(error.message)) errors.push(error.message);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  seriousA11yViolations: async ({ page }, use) => {
    await use(async (target = page) => {
      const results = await new AxeBuilder({ page: target }).analyze();
      return results.violations
        // Moderate ones too (issue 13): the name stayed, the bar is the one e2e/screens.spec.ts sets.
        .filter((violation) => violation.impact === 'moderate' || violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    });
  },
});

export { expect };

// Without JavaScript (a browser with scripts off), every figure control is disabled and the
// figure says in one line that its controls need JavaScript; with scripts, that line is gone.
import { test, expect } from '@playwright/test';
import { figurePages } from '../figures-list';
import { NO_JS_NOTE } from './reading';

test.describe('scripts off', () => {
  test.use({ javaScriptEnabled: false });
  for (const fig of figurePages) {
    test(`${fig.id}: every control disabled, and said so`, async ({ page }) => {
      await page.goto(fig.path);
      const root = page.locator(`#${fig.id}`);
      const states = await root.locator('input, select, button, textarea').evaluateAll((els) => els.map((e) => `${e.tagName.toLowerCase()} ${e.getAttribute('name') ?? e.textContent?.trim()}: ${e.matches(':disabled') ? 'disabled' : 'ENABLED'}`));
      expect(states.length, 'controls').toBeGreaterThan(0);
      expect(states.filter((s) => s.endsWith('ENABLED'))).toEqual([]);
      await expect(root.getByText(NO_JS_NOTE)).toBeVisible();
    });
  }
});

test('with scripts, the no-JavaScript line is not shown', async ({ page }) => {
  await page.goto(figurePages[0]!.path);
  await expect(page.getByText(NO_JS_NOTE).first()).toBeHidden();
});

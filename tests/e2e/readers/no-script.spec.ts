// Without JavaScript (a browser with scripts off), every figure control is disabled and the
// figure says in one line that its controls need JavaScript; with scripts, that line is gone.
// A figure whose result comes from training shows that result (its default run, trained at
// build time): the readouts that carry its caption's claim are numbers, on screen and in print.
import { test, expect } from '@playwright/test';
import { figurePages } from '../figures-list';
import { NO_JS_NOTE } from './reading';
import { readTrained, trainedReadouts, trainedVerdicts } from './training-results';

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

test.describe('scripts off: trained results', () => {
  test.use({ javaScriptEnabled: false });
  for (const media of ['screen', 'print'] as const) {
    test(`every training figure shows its result (${media})`, async ({ page }) => {
      await page.emulateMedia({ media });
      await page.goto('/continuity/one-page/');
      const read = await readTrained(page);
      for (const r of trainedReadouts) {
        const got = read.find((x) => x.figure === r.figure && x.metric === r.metric)!;
        const v = got.value === null || got.value === '' ? Number.NaN : Number(got.value);
        expect(Number.isFinite(v), `${r.figure} ${r.metric} is a number (${got.value})`).toBe(true);
        if (r.range) {
          expect(v, `${r.figure} ${r.metric}`).toBeGreaterThanOrEqual(r.range[0]);
          expect(v, `${r.figure} ${r.metric}`).toBeLessThanOrEqual(r.range[1]);
        }
      }
      for (const r of trainedVerdicts) expect(read.find((x) => x.figure === r.figure && x.metric === r.metric)!.value).toBe(r.value);
      // The pictures beside them: the autoencoder's row, the seven networks, every width, the rectangles' fit.
      await expect(page.locator('#fig-latent-interpolation .verdict')).toHaveAttribute('data-verdict', 'fade');
      await expect(page.locator('#fig-latent-interpolation .empty')).toHaveCount(0);
      await expect(page.locator('#fig-scaling-laws circle.point')).toHaveCount(7);
      await expect(page.locator('#fig-universal-approximation .sweep circle.dot')).toHaveCount(9);
      await expect(page.locator('#fig-step-approximation .tile-label')).toHaveText(['target', 'fit, step 600', '|error|']);
    });
  }
});

test('with scripts, the no-JavaScript line is not shown', async ({ page }) => {
  await page.goto(figurePages[0]!.path);
  await expect(page.getByText(NO_JS_NOTE).first()).toBeHidden();
});

import { test, expect } from '@playwright/test';

test('front page loads', async ({ page }) => {
  const res = await page.goto('/');
  expect(res?.status()).toBe(200);
  await expect(page.locator('h1')).toContainText('Continuity');
});

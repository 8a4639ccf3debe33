// Accessibility gates: axe finds nothing on any page, light or dark, once its figures have
// hydrated; and every figure's controls can be reached and named from the keyboard.
import { test, expect } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { allPages, figurePages } from '../figures-list';
import { hydrateAll } from '../helpers';

for (const scheme of ['light', 'dark'] as const) {
  for (const path of allPages) {
    test(`axe: ${path} (${scheme})`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.goto(path);
      await hydrateAll(page);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const summary = results.violations.map(
        (v) => `${v.id}: ${v.nodes.length} × ${v.nodes[0]?.target.join(' ')} — ${v.help} (${v.nodes[0]?.any[0]?.message ?? ''})`,
      );
      expect(summary).toEqual([]);
    });
  }
}

for (const fig of figurePages) {
  test(`keyboard: every control of ${fig.id} is reachable, named and shows focus`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(fig.path);
    const root = page.locator(`#${fig.id}`);
    await root.scrollIntoViewIfNeeded();
    await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    const controls = root.locator('input, select, button, [tabindex="0"], textarea');
    const count = await controls.count();
    expect(count).toBeGreaterThan(0);
    // Tab from just before the figure and walk through it.
    await page.evaluate((id) => {
      const fig = document.getElementById(id)!;
      const marker = document.createElement('button');
      marker.id = 'kbd-start';
      marker.textContent = 'start';
      fig.before(marker);
      marker.focus();
    }, fig.id);
    const seen = new Set<string>();
    for (let i = 0; i < count + 8; i++) {
      await page.keyboard.press('Tab');
      const info = await page.evaluate((id) => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || !document.getElementById(id)!.contains(el)) return null;
        const style = getComputedStyle(el);
        const labelled =
          el.getAttribute('aria-label') ||
          el.getAttribute('aria-labelledby') ||
          (el as HTMLInputElement).labels?.[0]?.textContent ||
          el.textContent ||
          el.getAttribute('title');
        return { key: el.outerHTML.slice(0, 80), named: Boolean(labelled && labelled.trim()), outline: style.outlineStyle !== 'none' || style.boxShadow !== 'none' };
      }, fig.id);
      if (!info) continue;
      seen.add(info.key);
      expect(info.named, `unnamed control: ${info.key}`).toBe(true);
      expect(info.outline, `no visible focus: ${info.key}`).toBe(true);
    }
    expect(seen.size).toBeGreaterThan(0);
  });
}

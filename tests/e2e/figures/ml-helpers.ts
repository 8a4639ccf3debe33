// Helpers for the training figures' browser tests: read a data-metric readout, wait for a
// training run to start and converge, and count live tensors in a figure's worker.
import { expect, type Page } from '@playwright/test';

export async function metric(page: Page, fig: string, name: string): Promise<number> {
  const v = await page.locator(`figure#${fig} [data-metric="${name}"]`).getAttribute('data-value');
  return Number(v);
}

/** Waits for a fresh run: status leaves 'converged' (training starts) and comes back. */
export async function waitForNewConvergence(page: Page, fig: string): Promise<void> {
  await expect(page.locator(`figure#${fig}`)).toHaveAttribute('data-status', 'training');
  await expect(page.locator(`figure#${fig}`)).toHaveAttribute('data-status', 'converged', { timeout: 45_000 });
}

export async function liveTensors(page: Page, figure: string): Promise<number> {
  return page.evaluate(async (f) => (await (window as any).__trainingChannels[f].memory()).numTensors, figure);
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

// Geometry of a figure's SVG text, read in the browser: where each text element lies
// against its root SVG (the viewBox, and the SVG's box on screen) and how large it is drawn.
// Used by the drawing-quality tests (tests/e2e/quality/drawing.spec.ts).
import type { Page } from '@playwright/test';

export interface TextProblem {
  /** The text's content, trimmed to 40 characters. */
  text: string;
  /** What is wrong, in one line with the numbers. */
  problem: string;
}

export interface TextReport {
  /** Texts that stick out of their root SVG's viewBox or of its box on screen. */
  outside: TextProblem[];
  /** Texts drawn smaller than `minPx` CSS px (font size x the SVG's scale). */
  small: TextProblem[];
  /** How many text elements were measured (a test that measured nothing proves nothing). */
  measured: number;
}

/**
 * Measures every visible <text> of every root <svg> (an SVG not nested in another) inside
 * the figure `id`. Positions are compared in the root's user space (getBBox mapped through
 * the screen matrices, against the viewBox, or the viewport when there is none) and on
 * screen (getBoundingClientRect against the SVG's), both with `tolerance` px of slack for
 * antialiasing. `minPx` is the smallest drawn font size allowed.
 */
export async function measureFigureText(page: Page, id: string, minPx: number, tolerance = 0.5): Promise<TextReport> {
  return page.evaluate(
    ({ id, minPx, tolerance }) => {
      const fig = document.getElementById(id);
      if (!fig) throw new Error(`no figure #${id}`);
      const report = { outside: [] as { text: string; problem: string }[], small: [] as { text: string; problem: string }[], measured: 0 };
      const roots = [...fig.querySelectorAll('svg')].filter((s) => !s.parentElement?.closest('svg'));
      for (const root of roots) {
        const rootBox = root.getBoundingClientRect();
        if (rootBox.width === 0 || rootBox.height === 0) continue;
        const vb = root.viewBox.baseVal;
        const view = vb && vb.width > 0 ? { x: vb.x, y: vb.y, w: vb.width, h: vb.height } : { x: 0, y: 0, w: rootBox.width, h: rootBox.height };
        const toRoot = root.getScreenCTM()?.inverse();
        if (!toRoot) continue;
        for (const text of root.querySelectorAll('text')) {
          const content = (text.textContent ?? '').replace(/\s+/g, ' ').trim();
          const style = getComputedStyle(text);
          if (!content || style.display === 'none' || style.visibility === 'hidden') continue;
          const screen = text.getScreenCTM();
          const box = text.getBBox();
          if (!screen || box.width === 0) continue;
          report.measured++;
          const label = content.slice(0, 40);
          // The bounding box's corners in the root's user space.
          const corners = [
            [box.x, box.y],
            [box.x + box.width, box.y],
            [box.x, box.y + box.height],
            [box.x + box.width, box.y + box.height],
          ].map(([x, y]) => new DOMPoint(x, y).matrixTransform(screen).matrixTransform(toRoot));
          const xs = corners.map((p) => p.x), ys = corners.map((p) => p.y);
          const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
          const out: string[] = [];
          if (x0 < view.x - tolerance) out.push(`starts ${(view.x - x0).toFixed(1)} left of the viewBox`);
          if (x1 > view.x + view.w + tolerance) out.push(`ends ${(x1 - view.x - view.w).toFixed(1)} right of the viewBox`);
          if (y0 < view.y - tolerance) out.push(`${(view.y - y0).toFixed(1)} above the viewBox`);
          if (y1 > view.y + view.h + tolerance) out.push(`${(y1 - view.y - view.h).toFixed(1)} below the viewBox`);
          const r = text.getBoundingClientRect();
          if (r.left < rootBox.left - tolerance || r.right > rootBox.right + tolerance || r.top < rootBox.top - tolerance || r.bottom > rootBox.bottom + tolerance) {
            out.push(
              `drawn at ${r.left.toFixed(0)}–${r.right.toFixed(0)} × ${r.top.toFixed(0)}–${r.bottom.toFixed(0)}, outside its SVG's box ${rootBox.left.toFixed(0)}–${rootBox.right.toFixed(0)} × ${rootBox.top.toFixed(0)}–${rootBox.bottom.toFixed(0)}`,
            );
          }
          if (out.length) report.outside.push({ text: label, problem: out.join('; ') });
          // Drawn size: the font size in user units times the length of a unit on screen.
          const scale = Math.hypot(screen.a, screen.b);
          const drawn = parseFloat(style.fontSize) * scale;
          if (drawn < minPx) report.small.push({ text: label, problem: `${drawn.toFixed(1)} px (font ${style.fontSize} x scale ${scale.toFixed(2)})` });
        }
      }
      return report;
    },
    { id, minPx, tolerance },
  );
}

/** The picture's box (FigureShell's .figure-picture) on screen: its size and its offset from the figure's top. */
export async function pictureBox(page: Page, id: string): Promise<{ w: number; h: number; top: number }> {
  return page.locator(`#${id}`).evaluate((fig) => {
    const f = fig.getBoundingClientRect();
    const r = fig.querySelector('.figure-picture')!.getBoundingClientRect();
    const round = (v: number) => Math.round(v * 10) / 10;
    return { w: round(r.width), h: round(r.height), top: round(r.top - f.top) };
  });
}

// Scrolling as a reader does, for the benchmark: the page moves at a steady speed driven by
// its own animation frames (the position follows the clock, so a slow frame is caught up,
// as a held key or a trackpad fling would), never in one jump. Figures warm ahead of the
// reader; a jump (scrollIntoView) would give them no time and measure something no reader does.

/** The reader's speed in the benchmark, px/s: skimming towards the next figure. */
export const READER_SPEED = 1200;

/** Scrolls the page to `y` (px from the top) at `speed` px/s; resolves when it is there. */
export function readerScroll(page, y, speed = READER_SPEED) {
  return page.evaluate(
    ([target, v]) =>
      new Promise((resolve) => {
        const max = document.documentElement.scrollHeight - window.innerHeight;
        const end = Math.max(0, Math.min(max, target));
        const start = window.scrollY;
        const t0 = performance.now();
        const frame = (t) => {
          const d = Math.min(Math.abs(end - start), (v * Math.max(0, t - t0)) / 1000);
          window.scrollTo({ top: start + Math.sign(end - start) * d, behavior: 'instant' });
          if (d >= Math.abs(end - start)) resolve();
          else requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      }),
    [y, speed],
  );
}

/** The scroll position that centres the element `id` in the viewport. */
export function centreOf(page, id) {
  return page.evaluate((fid) => {
    const r = document.getElementById(fid).getBoundingClientRect();
    return window.scrollY + r.top + r.height / 2 - window.innerHeight / 2;
  }, id);
}

/** Jumps (no animation) to `y`; for placing the reader before a measured scroll. */
export function jumpTo(page, y) {
  return page.evaluate((top) => window.scrollTo({ top, behavior: 'instant' }), y);
}

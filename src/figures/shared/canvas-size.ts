// A canvas whose backing store follows its CSS box and the device pixel ratio, so it stays
// sharp after a phone turns, a window widens, or the page is zoomed. Sizing a canvas once
// (at creation) leaves it blurred or clipped after any of these.
//
// ResizeObserver's `device-pixel-content-box` gives the box in whole device pixels, snapped
// exactly as the browser paints it (Chromium, Firefox); elsewhere (Safari) the content box
// times devicePixelRatio stands in. Chromium's device emulation (DevTools' device mode, a
// test's deviceScaleFactor) reports the device-pixel box at the real screen's ratio, not the
// emulated one the page is drawn at, so the device-pixel box is used only where it agrees
// with the ratio. A zoom or a move to another screen changes the ratio but not the CSS box:
// a resolution media query catches it.

export interface CanvasSize {
  /** Backing store size in device pixels (what canvas.width and height are set to). */
  width: number;
  height: number;
  /** Device pixels per CSS pixel at the time of the resize. */
  dpr: number;
}

interface Size {
  width: number;
  height: number;
}

/** Device-pixel size of a CSS box at a ratio (at least 1 x 1). */
export function devicePixelSize(cssWidth: number, cssHeight: number, dpr: number): Size {
  return { width: Math.max(1, Math.round(cssWidth * dpr)), height: Math.max(1, Math.round(cssHeight * dpr)) };
}

/**
 * The backing store for a box: the browser's device-pixel box when it is within a pixel of
 * CSS box x ratio (it snaps edges exactly), else CSS box x ratio.
 */
export function backingStoreSize(css: Size, device: Size | null, dpr: number): Size {
  const fromCss = devicePixelSize(css.width, css.height, dpr);
  if (device && Math.abs(device.width - fromCss.width) <= 1 && Math.abs(device.height - fromCss.height) <= 1) return device;
  return fromCss;
}

/**
 * Keeps `canvas.width` and `canvas.height` equal to its box in device pixels, calling
 * `onresize` after each change (setting the size clears the canvas: redraw there). Runs
 * once as soon as the canvas is laid out. Returns a function that stops following.
 * A canvas that is not displayed (size 0) keeps its last size.
 */
export function followCanvasBox(canvas: HTMLCanvasElement, onresize: (size: CanvasSize) => void): () => void {
  let css: Size | null = null;
  let device: Size | null = null;
  const ratio = () => window.devicePixelRatio || 1;

  function apply() {
    if (!css || css.width <= 0 || css.height <= 0) return;
    const { width, height } = backingStoreSize(css, device, ratio());
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    onresize({ width, height, dpr: ratio() });
  }

  if (typeof ResizeObserver === 'undefined') {
    const rect = canvas.getBoundingClientRect();
    css = { width: rect.width, height: rect.height };
    apply();
    return () => undefined;
  }

  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    const box = entry?.contentBoxSize?.[0];
    if (!box) return;
    css = { width: box.inlineSize, height: box.blockSize };
    const d = entry.devicePixelContentBoxSize?.[0];
    device = d ? { width: d.inlineSize, height: d.blockSize } : null;
    apply();
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    observer.observe(canvas, { box: 'content-box' });
  }

  let stopRatio = () => undefined as void;
  const watchRatio = () => {
    if (typeof matchMedia === 'undefined') return;
    const query = matchMedia(`(resolution: ${ratio()}dppx)`);
    const changed = () => {
      device = null; // stale until the observer reports again
      apply();
      watchRatio();
    };
    query.addEventListener('change', changed, { once: true });
    stopRatio = () => query.removeEventListener('change', changed);
  };
  watchRatio();

  return () => {
    observer.disconnect();
    stopRatio();
  };
}

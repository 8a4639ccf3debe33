// A canvas whose backing store follows its CSS box and the device pixel ratio, so it stays
// sharp after a phone turns, a window widens, or the page is zoomed. Sizing a canvas once
// (at creation) leaves it blurred or clipped after any of these.
//
// ResizeObserver's `device-pixel-content-box` gives the box in whole device pixels, exactly
// as the browser will paint it (Chromium, Firefox). Where it is missing (Safari) the content
// box times devicePixelRatio stands in, and a resolution media query catches zoom changes,
// which do not resize the CSS box.

export interface CanvasSize {
  /** Backing store size in device pixels (what canvas.width and height are set to). */
  width: number;
  height: number;
  /** Device pixels per CSS pixel at the time of the resize. */
  dpr: number;
}

/** Device-pixel size of a CSS box, as the fallback computes it. */
export function devicePixelSize(cssWidth: number, cssHeight: number, dpr: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(cssWidth * dpr)), height: Math.max(1, Math.round(cssHeight * dpr)) };
}

/**
 * Keeps `canvas.width` and `canvas.height` equal to its box in device pixels, calling
 * `onresize` after each change (setting the size clears the canvas: redraw there). Runs
 * once as soon as the canvas is laid out. Returns a function that stops following.
 * A canvas that is not displayed (size 0) keeps its last size.
 */
export function followCanvasBox(canvas: HTMLCanvasElement, onresize: (size: CanvasSize) => void): () => void {
  if (typeof ResizeObserver === 'undefined') {
    const rect = canvas.getBoundingClientRect();
    apply(devicePixelSize(rect.width, rect.height, window.devicePixelRatio || 1));
    return () => undefined;
  }
  let deviceBox = true;
  let lastCss = { width: 0, height: 0 };

  function apply({ width, height }: { width: number; height: number }) {
    if (width < 1 || height < 1) return;
    if (canvas.width !== width || canvas.height !== height) {
      canvas.width = width;
      canvas.height = height;
    }
    onresize({ width, height, dpr: window.devicePixelRatio || 1 });
  }

  const observer = new ResizeObserver((entries) => {
    const entry = entries[entries.length - 1];
    if (!entry) return;
    const device = entry.devicePixelContentBoxSize?.[0];
    const css = entry.contentBoxSize?.[0];
    if (css) lastCss = { width: css.inlineSize, height: css.blockSize };
    if (deviceBox && device) apply({ width: device.inlineSize, height: device.blockSize });
    else if (css) apply(devicePixelSize(css.inlineSize, css.blockSize, window.devicePixelRatio || 1));
  });
  try {
    observer.observe(canvas, { box: 'device-pixel-content-box' });
  } catch {
    deviceBox = false;
    observer.observe(canvas, { box: 'content-box' });
  }

  // Without device-pixel boxes a zoom changes the ratio but not the CSS box: watch the ratio.
  let stopRatio = () => undefined as void;
  if (!deviceBox && typeof matchMedia !== 'undefined') {
    const watch = () => {
      const query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
      const changed = () => {
        apply(devicePixelSize(lastCss.width, lastCss.height, window.devicePixelRatio || 1));
        stopRatio();
        watch();
      };
      query.addEventListener('change', changed, { once: true });
      stopRatio = () => query.removeEventListener('change', changed);
    };
    watch();
  }

  return () => {
    observer.disconnect();
    stopRatio();
  };
}

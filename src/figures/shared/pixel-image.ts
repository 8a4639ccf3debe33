// Drawing pixel images (Float64Array, row-major, values in [0, 1], 1 or 3 channels) as the
// reader sees them: onto a canvas (live; PixelCanvas.svelte keeps it at its box's device
// pixels), or as run-length SVG rects (the server-rendered static picture, where there is
// no canvas).
/** A value in [0, 1] (clamped) as a byte, rounded to nearest (NaN as 0). */
const byte = (v: number) => (v > 0 ? (v < 1 ? (v * 255 + 0.5) | 0 : 255) : 0);

export function pixelColour(image: ArrayLike<number>, i: number, channels: number): [number, number, number] {
  if (channels === 1) {
    const g = byte(image[i]!);
    return [g, g, g];
  }
  return [byte(image[i * channels]!), byte(image[i * channels + 1]!), byte(image[i * channels + 2]!)];
}

interface Target {
  ctx: CanvasRenderingContext2D;
  /** One canvas pixel per image pixel, scaled onto the target in one drawImage. */
  scratch: CanvasRenderingContext2D;
  data: ImageData;
}
// A scratch canvas per target: the cube's grid and strip have different shapes, and one
// shared scratch was resized (and its image data reallocated) twice every frame.
const targets = new WeakMap<HTMLCanvasElement, Target | null>();

function target(canvas: HTMLCanvasElement, rows: number, cols: number): Target | null {
  let t = targets.get(canvas);
  if (t === undefined) {
    const ctx = canvas.getContext('2d');
    const scratch = document.createElement('canvas').getContext('2d');
    t = ctx && scratch ? { ctx, scratch, data: scratch.createImageData(1, 1) } : null;
    targets.set(canvas, t);
  }
  if (t && (t.data.width !== cols || t.data.height !== rows)) {
    t.scratch.canvas.width = cols;
    t.scratch.canvas.height = rows;
    t.data = t.scratch.createImageData(cols, rows);
  }
  return t;
}

/**
 * Paints an image of `rows` x `cols` pixels over the whole of `canvas`, each image pixel a
 * sharp block of device pixels (nearest neighbour), or, where the image has more pixels than
 * the canvas, averaged down. The canvas keeps its own size: a canvas that follows its box
 * (canvas-size.ts) stays sharp at any width and ratio.
 */
export function drawPixelImage(canvas: HTMLCanvasElement, image: ArrayLike<number>, rows: number, cols: number, channels = 1): void {
  if (rows < 1 || cols < 1) return;
  const t = target(canvas, rows, cols);
  if (!t) return;
  const { ctx, scratch } = t;
  const data = t.data.data;
  const count = rows * cols;
  for (let i = 0; i < count; i++) {
    const o = 4 * i;
    if (channels === 1) data[o] = data[o + 1] = data[o + 2] = byte(image[i]!);
    else {
      data[o] = byte(image[i * channels]!);
      data[o + 1] = byte(image[i * channels + 1]!);
      data[o + 2] = byte(image[i * channels + 2]!);
    }
    data[o + 3] = 255;
  }
  scratch.putImageData(t.data, 0, 0);
  // Enlarged, each pixel stays a sharp block; shrunk (the cube's strip of N² values at N = 64
  // is wider than the screen), each device pixel averages the values under it, where
  // nearest-neighbour sampling would show only every fifth or sixth value.
  const shrink = cols > canvas.width || rows > canvas.height;
  ctx.imageSmoothingEnabled = shrink;
  if (shrink) ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(scratch.canvas, 0, 0, canvas.width, canvas.height);
}

export interface PixelRun {
  x: number;
  y: number;
  w: number;
  fill: string;
}

/** Horizontal runs of equal colour in an image of `rows` x `cols` pixels (background runs left out). */
export function pixelRuns(image: ArrayLike<number>, rows: number, cols: number, channels = 1): PixelRun[] {
  const runs: PixelRun[] = [];
  for (let r = 0; r < rows; r++) {
    let c = 0;
    while (c < cols) {
      const [R, G, B] = pixelColour(image, r * cols + c, channels);
      let e = c + 1;
      while (e < cols) {
        const [R2, G2, B2] = pixelColour(image, r * cols + e, channels);
        if (R2 !== R || G2 !== G || B2 !== B) break;
        e++;
      }
      if (R || G || B) runs.push({ x: c, y: r, w: e - c, fill: `rgb(${R},${G},${B})` });
      c = e;
    }
  }
  return runs;
}

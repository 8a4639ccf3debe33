// Drawing pixel images (Float64Array, row-major, values in [0, 1], 1 or 3 channels) as the
// reader sees them: onto a canvas (live; PixelCanvas.svelte keeps it at its box's device
// pixels), or as run-length SVG rects (the server-rendered static picture, where there is
// no canvas).
export function pixelColour(image: ArrayLike<number>, i: number, channels: number): [number, number, number] {
  const to = (v: number) => Math.round(Math.min(1, Math.max(0, v)) * 255);
  if (channels === 1) {
    const g = to(image[i]!);
    return [g, g, g];
  }
  return [to(image[i * channels]!), to(image[i * channels + 1]!), to(image[i * channels + 2]!)];
}

let scratch: HTMLCanvasElement | null = null;
let scratchData: ImageData | null = null;

/**
 * Paints an image of `rows` x `cols` pixels over the whole of `canvas`, each image pixel a
 * sharp block of device pixels (nearest neighbour, no smoothing). The canvas keeps its own
 * size: a canvas that follows its box (canvas-size.ts) stays sharp at any width and ratio.
 */
export function drawPixelImage(canvas: HTMLCanvasElement, image: ArrayLike<number>, rows: number, cols: number, channels = 1): void {
  const ctx = canvas.getContext('2d');
  if (!ctx || rows < 1 || cols < 1) return;
  // The image goes into a small scratch canvas at one pixel per pixel, then is scaled in one
  // drawImage: far less work than filling rows x cols blocks one by one.
  scratch ??= document.createElement('canvas');
  if (scratch.width !== cols || scratch.height !== rows) {
    scratch.width = cols;
    scratch.height = rows;
  }
  const sctx = scratch.getContext('2d');
  if (!sctx) return;
  if (!scratchData || scratchData.width !== cols || scratchData.height !== rows) scratchData = sctx.createImageData(cols, rows);
  const data = scratchData.data;
  const count = rows * cols;
  for (let i = 0; i < count; i++) {
    const [r, g, b] = pixelColour(image, i, channels);
    data[4 * i] = r;
    data[4 * i + 1] = g;
    data[4 * i + 2] = b;
    data[4 * i + 3] = 255;
  }
  sctx.putImageData(scratchData, 0, 0);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(scratch, 0, 0, canvas.width, canvas.height);
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

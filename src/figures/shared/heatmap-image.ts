// A heatmap as a tiny PNG data URL (one pixel per cell), for live figures that redraw a
// heatmap many times a second: one <image> element instead of hundreds of <rect>s. Cells
// are `color` at opacity = value (clamped to [0, 1]); draw it with image-rendering: pixelated.
let canvas: HTMLCanvasElement | null = null;

/** `color` is any CSS colour; a CSS variable is resolved against `from` (e.g. the figure). */
export function heatmapImage(values: ArrayLike<number>, rows: number, cols: number, color: string, from?: Element): string {
  canvas ??= document.createElement('canvas');
  canvas.width = cols;
  canvas.height = rows;
  const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
  let css = color;
  const v = /^var\((--[\w-]+)\)$/.exec(color);
  if (v && from) css = getComputedStyle(from).getPropertyValue(v[1]).trim() || '#1f5f99';
  ctx.clearRect(0, 0, cols, rows);
  ctx.fillStyle = css;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  const img = ctx.createImageData(cols, rows);
  for (let i = 0; i < rows * cols; i++) {
    img.data[4 * i] = r;
    img.data[4 * i + 1] = g;
    img.data[4 * i + 2] = b;
    img.data[4 * i + 3] = Math.round(Math.min(1, Math.max(0, values[i] ?? 0)) * 255);
  }
  ctx.putImageData(img, 0, 0);
  return canvas.toDataURL('image/png');
}

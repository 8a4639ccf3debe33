// The live heatmaps' PNG: what is drawn is what the values say (decoded back, cell by cell).
import { describe, expect, it } from 'vitest';
import { decode } from 'fast-png';
import { heatmapImage } from '@/figures/shared/heatmap-image';
import { parseColour } from '@/figures/shared/theme';

describe('heatmap image', () => {
  it('encodes each value as the opacity of its cell, in row-major order', () => {
    const rows = 3, cols = 4;
    const values = [0, 0.25, 0.5, 1, -1, 2, 0.1, 0.9, 0.33, 0.66, 0.75, 0.05];
    const url = heatmapImage(values, rows, cols, '#b2401f');
    expect(url.startsWith('data:image/png;base64,')).toBe(true);
    const png = decode(Buffer.from(url.slice('data:image/png;base64,'.length), 'base64'));
    expect([png.width, png.height, png.channels]).toEqual([cols, rows, 4]);
    for (let i = 0; i < rows * cols; i++) {
      expect([png.data[4 * i], png.data[4 * i + 1], png.data[4 * i + 2]]).toEqual([0xb2, 0x40, 0x1f]);
      expect(png.data[4 * i + 3]).toBe(Math.round(Math.min(1, Math.max(0, values[i]!)) * 255));
    }
  });

  it('reads hex and rgb() colours, and falls back on anything else', () => {
    expect(parseColour(' #7db4e6 ')).toEqual([0x7d, 0xb4, 0xe6]);
    expect(parseColour('#fa0')).toEqual([0xff, 0xaa, 0x00]);
    expect(parseColour('rgb(1, 2, 3)')).toEqual([1, 2, 3]);
    expect(parseColour('not a colour')).toEqual([0x1f, 0x5f, 0x99]);
  });
});

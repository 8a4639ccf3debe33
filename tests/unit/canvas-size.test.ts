// The backing store a canvas gets for its box (src/figures/shared/canvas-size.ts).
import { describe, expect, test } from 'vitest';
import { backingStoreSize, devicePixelSize } from '@/figures/shared/canvas-size';

describe('canvas backing store', () => {
  test('the CSS box times the device pixel ratio, rounded, at least one pixel', () => {
    expect(devicePixelSize(340, 25.6, 2)).toEqual({ width: 680, height: 51 });
    expect(devicePixelSize(361.25, 361.25, 1.5)).toEqual({ width: 542, height: 542 });
    expect(devicePixelSize(0, 0, 3)).toEqual({ width: 1, height: 1 });
  });

  test("the browser's device-pixel box wins where it agrees (it snaps edges exactly)", () => {
    expect(backingStoreSize({ width: 361.25, height: 361.25 }, { width: 541, height: 541 }, 1.5)).toEqual({ width: 541, height: 541 });
  });

  test('a device-pixel box at another ratio (device emulation) is not trusted', () => {
    // Emulated ratio 2 on a screen of ratio 1: the observer reports the box at ratio 1.
    expect(backingStoreSize({ width: 164, height: 164 }, { width: 164, height: 164 }, 2)).toEqual({ width: 328, height: 328 });
    expect(backingStoreSize({ width: 164, height: 164 }, null, 2)).toEqual({ width: 328, height: 328 });
  });
});

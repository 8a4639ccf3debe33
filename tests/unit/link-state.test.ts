import { describe, expect, test } from 'vitest';
import { decodeLinkState, encodeLinkState, defaultValues, type LinkSchema } from '@/lib/state/link-state';

const schema = {
  phi: { type: 'number', default: 30, min: 0, max: 360 },
  n: { type: 'number', default: 16, min: 8, max: 64, integer: true },
  mode: { type: 'enum', default: 'area', values: ['point', 'area', 'area8'] },
} satisfies LinkSchema;

describe('link-state codec', () => {
  test('defaults when the link says nothing about this figure', () => {
    const d = decodeLinkState('cube-pixels', schema, '?other.n=3');
    expect(d.values).toEqual(defaultValues(schema));
    expect(d.fromLink).toBe(false);
    expect(d.notices).toEqual([]);
  });

  test('reads valid values', () => {
    const d = decodeLinkState('cube-pixels', schema, '?cube-pixels.n=32&cube-pixels.mode=point&cube-pixels.phi=31.5');
    expect(d.values).toEqual({ phi: 31.5, n: 32, mode: 'point' });
    expect(d.notices).toEqual([]);
    expect(d.fromLink).toBe(true);
  });

  test('clamps out-of-range numbers and rounds integers, with a notice each', () => {
    const d = decodeLinkState('cube-pixels', schema, '?cube-pixels.n=999&cube-pixels.phi=-5');
    expect(d.values.n).toBe(64);
    expect(d.values.phi).toBe(0);
    expect(d.notices).toHaveLength(2);
    expect(decodeLinkState('cube-pixels', schema, '?cube-pixels.n=12.6').values.n).toBe(13);
  });

  test('ignores malformed values and unknown parameters, never throwing', () => {
    const nasty = ['abc', '', 'NaN', 'Infinity', '1e999', '%E0%A4%A', '<script>', '0x10'];
    for (const v of nasty) {
      const d = decodeLinkState('cube-pixels', schema, `?cube-pixels.phi=${encodeURIComponent(v)}&cube-pixels.mode=${encodeURIComponent(v)}`);
      expect(Number.isFinite(d.values.phi)).toBe(true);
      expect(schema.mode.values).toContain(d.values.mode);
    }
    const d = decodeLinkState('cube-pixels', schema, '?cube-pixels.bogus=1&cube-pixels.mode=triangle');
    expect(d.values).toEqual(defaultValues(schema));
    expect(d.notices).toHaveLength(2);
    expect(d.notices[0]).toMatch(/bogus/);
  });

  test('round-trips, writing only what differs from the defaults and keeping other figures', () => {
    const values = { phi: 12.25, n: 16, mode: 'point' };
    const params = encodeLinkState('cube-pixels', schema, values, '?eclipse.t=0.5&cube-pixels.n=40');
    expect(params.get('cube-pixels.n')).toBeNull();
    expect(params.get('eclipse.t')).toBe('0.5');
    expect(decodeLinkState('cube-pixels', schema, params).values).toEqual(values);
  });
});

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
    expect(d.notices).toEqual(['n=999 is outside 8 to 64; using 64.', 'phi=-5 is outside 0 to 360; using 0.']);
    const rounded = decodeLinkState('cube-pixels', schema, '?cube-pixels.n=12.6');
    expect(rounded.values.n).toBe(13);
    expect(rounded.notices).toEqual(['n=12.6 is not a whole number; using 13.']);
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
    const query = encodeLinkState('cube-pixels', schema, values, '?eclipse.t=0.5&cube-pixels.n=40');
    expect(query).toBe('eclipse.t=0.5&cube-pixels.phi=12.25&cube-pixels.mode=point');
    expect(decodeLinkState('cube-pixels', schema, query).values).toEqual(values);
  });
});

// The edge cases of issue 12, item 5: each notice names the value in use; parameters the
// figure does not own survive a write byte for byte; only decimal numbers are numbers.
describe('link-state codec: edge cases', () => {
  const decode = (query: string) => decodeLinkState('cube-pixels', schema, query);
  /** The value a notice says is in use ("...; using 45."), as the link would write it. */
  const using = (notice: string) => /using (.+)\.$/.exec(notice)?.[1];

  test('a repeated parameter: the first counts, and every notice names the value in use', () => {
    const d = decode('?cube-pixels.phi=45&cube-pixels.phi=');
    expect(d.values.phi).toBe(45);
    expect(d.notices).toEqual(['phi is given 2 times; the first counts: using 45.']);
    const bad = decode('?cube-pixels.phi=&cube-pixels.phi=45&cube-pixels.phi=50');
    expect(bad.values.phi).toBe(30);
    expect(bad.notices.map(using)).toEqual(['30', '30']);
    expect(bad.notices[1]).toMatch(/given 3 times/);
    const modes = decode('?cube-pixels.mode=point&cube-pixels.mode=area8');
    expect(modes.values.mode).toBe('point');
    expect(modes.notices.map(using)).toEqual(['point']);
  });

  test('every notice, for any repair, names the value the figure then uses', () => {
    const links = [
      'cube-pixels.phi=45&cube-pixels.phi=',
      'cube-pixels.phi=400&cube-pixels.phi=1',
      'cube-pixels.n=0x20',
      'cube-pixels.n=1e3',
      'cube-pixels.n=7.6',
      'cube-pixels.n=40.4&cube-pixels.n=abc',
      'cube-pixels.mode=triangle&cube-pixels.mode=point',
      'cube-pixels.phi=Infinity',
      'cube-pixels.phi=1e999',
    ];
    for (const link of links) {
      const d = decode(link);
      expect(d.notices.length, link).toBeGreaterThan(0);
      for (const notice of d.notices) {
        const name = /^“?([a-z]+)/.exec(notice)![1] as keyof typeof schema;
        expect(using(notice), `${link}: ${notice}`).toBe(String(d.values[name]));
      }
    }
  });

  test('numbers are decimal: digits, a minus sign, a point and an exponent; nothing else', () => {
    for (const [raw, value] of [['20', 20], ['-0.5', -0.5], ['.5', 0.5], ['2.', 2], ['2.5e1', 25], ['1E1', 10], ['1e+1', 10]] as const) {
      const d = decodeLinkState('f', { x: { type: 'number', default: 1, min: -100, max: 100 } }, `f.x=${encodeURIComponent(raw)}`);
      expect(d.values.x, raw).toBe(value);
      expect(d.notices, raw).toEqual([]);
    }
    for (const raw of ['0x20', '0b11', '0o7', 'Infinity', '-Infinity', 'NaN', '', ' 12', '12 ', '+5', '1_000', '12abc', '1e', 'e3', '.', '-', '١٢']) {
      const d = decode(`?cube-pixels.n=${encodeURIComponent(raw)}`);
      expect(d.values.n, raw).toBe(16);
      expect(d.notices, raw).toEqual([`n=“${raw}” is not a decimal number; using 16.`]);
    }
    // An exponent is decimal too (the scaling-laws cursor is written 1e9), and is then clamped.
    expect(decode('?cube-pixels.n=1e3').notices).toEqual(['n=1e3 is outside 8 to 64; using 64.']);
    expect(decode('?cube-pixels.phi=1e999').notices).toEqual(['phi=“1e999” is not a finite number; using 30.']);
  });

  test('says which settings the link named', () => {
    expect([...decode('?cube-pixels.n=abc&cube-pixels.mode=point&other.x=1').given].sort()).toEqual(['mode', 'n']);
    expect(decode('?cube-pixels.bogus=1').given.size).toBe(0);
  });

  test('parameters the figure does not own are kept byte for byte, in place', () => {
    const values = { phi: 30, n: 20, mode: 'area' };
    const others = ['a=%20b', 'flag', 'x.y=1+2', '', 'z=%7E', 'w=%E0%A4%A', 'cube-pixelsX.n=3', 'q=a=b'];
    const base = `?${others.slice(0, 3).join('&')}&cube-pixels.n=40&cube-pixels.mode=area8&${others.slice(3).join('&')}`;
    const out = encodeLinkState('cube-pixels', schema, values, base);
    expect(out).toBe(`${others.slice(0, 3).join('&')}&cube-pixels.n=20&${others.slice(3).join('&')}`);
    // With nothing of this figure's to keep, its pieces go at the end; defaults write nothing.
    expect(encodeLinkState('cube-pixels', schema, values, '?flag')).toBe('flag&cube-pixels.n=20');
    expect(encodeLinkState('cube-pixels', schema, defaultValues(schema), '?flag&cube-pixels.n=40')).toBe('flag');
    expect(encodeLinkState('cube-pixels', schema, defaultValues(schema), '')).toBe('');
    // Keys are compared decoded: an escaped key of this figure is still this figure's.
    expect(encodeLinkState('cube-pixels', schema, values, 'cube%2Dpixels.n=40&flag')).toBe('cube-pixels.n=20&flag');
  });
});

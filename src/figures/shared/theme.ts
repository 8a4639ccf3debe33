// One signal for "the page's colours changed", for everything a figure draws with colours
// read from CSS into pixels (canvas marks, PNG heatmaps): SVG and HTML follow the CSS
// variables by themselves, pixels do not. Two sources: the reader's theme toggle (the reader
// script, src/scripts/reader.ts, dispatches `themechange` on document) and the system's
// light/dark setting (a media query change, which matters while the reader has not chosen).
//
// Read themeColour (or themeVersion) inside a $derived or $effect and Svelte reruns it after
// a change; plain code subscribes with onThemeChange.
import { createSubscriber } from 'svelte/reactivity';

let version = 0;
let update: (() => void) | null = null;
const listeners = new Set<() => void>();
let listening = false;

function changed() {
  version++;
  update?.();
  for (const f of listeners) f();
}

function listen() {
  if (listening || typeof document === 'undefined') return;
  listening = true;
  document.addEventListener('themechange', changed);
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', changed);
}

const subscribe = createSubscriber((u) => {
  update = u;
  return () => {
    update = null;
  };
});

/** A counter that grows on every theme change; reading it in a $derived or $effect makes it depend on the theme. */
export function themeVersion(): number {
  listen();
  subscribe();
  return version;
}

/** Calls `f` after every theme change; returns the unsubscribe function. */
export function onThemeChange(f: () => void): () => void {
  listen();
  listeners.add(f);
  return () => listeners.delete(f);
}

const FALLBACK: [number, number, number] = [0x1f, 0x5f, 0x99];

/** #rgb, #rrggbb or rgb(r, g, b) (as getComputedStyle writes colours) to [r, g, b] bytes; anything else gives the site's accent blue. */
export function parseColour(css: string): [number, number, number] {
  const s = css.trim();
  let m = /^#([0-9a-f]{3})$/i.exec(s);
  if (m) return [...m[1]!].map((c) => parseInt(c + c, 16)) as [number, number, number];
  m = /^#([0-9a-f]{6})$/i.exec(s);
  if (m) return [0, 2, 4].map((i) => parseInt(m![1]!.slice(i, i + 2), 16)) as [number, number, number];
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(s);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  return FALLBACK;
}

/**
 * A colour as [r, g, b] bytes in the current theme: `color` is a hex or rgb() colour, or
 * `var(--name)` resolved on `from` (the figure: a theme scoped to it applies). Depends on the
 * theme when read in a $derived or $effect.
 */
export function themeColour(color: string, from?: Element): [number, number, number] {
  themeVersion();
  const v = /^var\((--[\w-]+)\)$/.exec(color.trim());
  if (!v) return parseColour(color);
  return parseColour(from && typeof getComputedStyle !== 'undefined' ? getComputedStyle(from).getPropertyValue(v[1]!) : '');
}

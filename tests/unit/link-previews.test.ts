// The link-preview build step: which of a figure's pictures it draws, which of the page's CSS
// rules it keeps for them (light theme, variables resolved), and its one-line refusal when a
// page wants a figure that no page shows.
import { describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { drawPreviews, lightCss, pictureCss, previewPictures, standaloneSvg } from '../../scripts/plugins/link-previews.mjs';

const doc = (body: string, css = '') => parseHTML(`<!doctype html><html><head><style>${css}</style></head><body>${body}</body></html>`).document;

describe('link previews', () => {
  test('a figure’s picture is its first one at least 90 units a side, else all its pictures stacked', () => {
    const d = doc(`<figure id="fig-a"><div class="figure-frame">
      <svg viewBox="0 0 48 48" id="thumb"></svg><svg viewBox="0 0 400 300" id="plot"><svg viewBox="0 0 200 200" id="inner"></svg></svg><svg viewBox="0 0 300 300" id="later"></svg>
    </div></figure><figure id="fig-b"><div class="figure-frame"><svg viewBox="0 0 392 40" id="r1"></svg><svg viewBox="0 0 392 40" id="r2"></svg></div></figure>`);
    expect(previewPictures(d.getElementById('fig-a')).map((s: Element) => s.id)).toEqual(['plot']);
    expect(previewPictures(d.getElementById('fig-b')).map((s: Element) => s.id)).toEqual(['r1', 'r2']);
    const svg = standaloneSvg(previewPictures(d.getElementById('fig-b')), '');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 392 95\.68"/);
  });

  test('the pictures keep the light theme’s rules that can apply to them, and nothing else', async () => {
    const d = doc(
      `<figure id="fig-a"><div class="figure-frame"><svg viewBox="0 0 100 100" class="plot svelte-x"><path class="fit svelte-x"></path><text>t</text></svg></div></figure>`,
      `:root { --fg: #111111; --accent: #1f5f99 } :root[data-theme='dark'] { --accent: #7db4e6 }
       @media (prefers-color-scheme: dark) { :root { --accent: #7db4e6 } .fit.svelte-x { stroke: white } }
       .fit.svelte-x { stroke: var(--accent) } .fit.svelte-x:hover { stroke: red } .absent.svelte-y { fill: red }
       svg text { fill: var(--fg) } p { color: red } .plot.svelte-x .fit.svelte-x { stroke-width: 2px }`,
    );
    const css = pictureCss(await lightCss(d), previewPictures(d.getElementById('fig-a')));
    expect(css).toContain('.fit.svelte-x{stroke:#1f5f99}');
    expect(css).toContain('svg text{fill:#111111}');
    expect(css).toContain('.plot.svelte-x .fit.svelte-x{stroke-width:2px}');
    expect(css).not.toMatch(/white|red|7db4e6|var\(/);
  });

  test('a page that wants a figure no page shows stops the build with one line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'continuity-previews-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(
      join(dir, 'a', 'index.html'),
      `<!doctype html><html><head><meta property="og:image" content="https://x.example/previews/a.png" data-figure="fig-nowhere" data-figure-label="Figure 1: N"><meta property="og:title" content="A"></head><body></body></html>`,
    );
    await expect(drawPreviews(dir)).rejects.toThrow(/^link-previews: \/a\/index\.html wants a picture of fig-nowhere, which no page shows$/);
  });
});

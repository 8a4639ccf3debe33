// Maths served once: the drawn copy as text, the MathML (with its TeX) set aside in an
// attribute, and the attribute holding exactly what KaTeX wrote (so copy-tex finds the TeX).
import { describe, expect, it } from 'vitest';
import katex from 'katex';
import { JSDOM } from 'jsdom';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { mathsOnce, renderTex } from '../../scripts/plugins/rehype-maths-once.mjs';

const dom = (html: string) => JSDOM.fragment(`<div>${html}</div>`).firstElementChild as HTMLElement;
const squash = (s: string) => s.replace(/[\s\u200b]/g, '');

describe('renderTex', () => {
  for (const [tex, displayMode] of [
    [String.raw`\max(0, x)`, false],
    [String.raw`\mathbb{R}^n`, false],
    [String.raw`\begin{aligned} & \forall \varepsilon > 0 \\ & \qquad \lVert x - x_0 \rVert < \delta \end{aligned}`, true],
  ] as const) {
    it(`serves ${tex} with no MathML and no TeX in its text`, () => {
      const el = dom(renderTex(tex, { displayMode }));
      expect(el.querySelectorAll('math, annotation')).toHaveLength(0);
      expect(el.textContent).not.toContain('\\');
      // The drawn copy is the only text, and assistive technology may read it.
      const html = el.querySelector('.katex-html')!;
      expect(html.getAttribute('aria-hidden')).toBeNull();
      expect(squash(el.textContent!)).toBe(squash(html.textContent!));
      expect(squash(el.textContent!).length).toBeGreaterThan(0);
    });

    it(`keeps the MathML of ${tex} in data-mathml as KaTeX wrote it, TeX included`, () => {
      const original = dom(katex.renderToString(tex, { displayMode, output: 'htmlAndMathml' })).querySelector('.katex-mathml > math')!;
      const holder = dom(renderTex(tex, { displayMode })).querySelector<HTMLElement>('.katex-mathml')!;
      const restored = dom(holder.dataset.mathml!).querySelector('math')!;
      expect(restored.outerHTML).toBe(original.outerHTML);
      expect(restored.querySelector('annotation')!.textContent).toBe(tex);
    });
  }

  it('throws on bad TeX, naming the problem', () => {
    expect(() => renderTex(String.raw`\frac{1}{`)).toThrow(/KaTeX parse error/);
  });
});

describe('mathsOnce', () => {
  it('refuses a formula whose MathML is missing (the TeX for copying would be lost)', () => {
    const tree = fromHtml('<span class="katex"><span class="katex-mathml"></span><span class="katex-html">x</span></span>', { fragment: true });
    expect(() => mathsOnce(tree)).toThrow(/no MathML/);
  });

  it('handles every formula of a fragment and leaves other markup alone', () => {
    const tree = fromHtml(`<p>a ${katex.renderToString('f')} b ${katex.renderToString('g')} <span class="note">c</span></p>`, { fragment: true });
    mathsOnce(tree);
    const el = dom(toHtml(tree));
    expect(el.querySelectorAll('[data-mathml]')).toHaveLength(2);
    expect(el.querySelectorAll('math')).toHaveLength(0);
    expect(el.querySelector('.note')!.textContent).toBe('c');
    expect(el.textContent!.replace(/\u200b/g, '')).toBe('a f b g c');
  });
});

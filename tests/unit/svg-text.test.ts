// Plot labels end in a space in the served HTML, so text tools read "-1 -0.5 0", not "-1-0.50".
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { spaceSvgText } from '@/lib/content/svg-text';

describe('spaceSvgText', () => {
  it('separates adjacent labels and leaves what browsers draw unchanged', () => {
    const html = '<svg><g><text x="1">-1</text><text x="2">-0.5</text><text class="axis-label">x</text></g><text></text><text>done </text></svg>';
    const out = spaceSvgText(html);
    const svg = JSDOM.fragment(out).firstElementChild!;
    expect(svg.textContent).toBe('-1 -0.5 x done ');
    // Only the ends of the labels changed: same elements, same trimmed text.
    const before = [...JSDOM.fragment(html).querySelectorAll('text')].map((t) => t.textContent!.trim());
    expect([...svg.querySelectorAll('text')].map((t) => t.textContent!.trim())).toEqual(before);
  });

  it('does not touch text outside SVG labels', () => {
    expect(spaceSvgText('<p>a</p><span>b</span>')).toBe('<p>a</p><span>b</span>');
  });
});

// The footnote plugin (scripts/plugins/rehype-essay-notes.mjs) on small Markdown: each note's
// text exists once, right after the top-level block that first refers to it, with the public
// ids of the anchor contract; GFM's list at the end is gone.
import { describe, expect, test } from 'vitest';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { rehypeEssayNotes } from '../../scripts/plugins/rehype-essay-notes.mjs';

async function render(markdown: string): Promise<string> {
  const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeEssayNotes], syntaxHighlight: false });
  return (await processor.render(markdown)).code;
}
const count = (html: string, s: string) => html.split(s).length - 1;

describe('rehype-essay-notes', () => {
  test('a note follows the paragraph that refers to it, once, and the list at the end goes', async () => {
    const html = await render('First claim.[^a] More text.\n\nSecond paragraph.\n\n[^a]: The note, with *emphasis*.\n');
    expect(count(html, 'The note, with')).toBe(1);
    expect(html).not.toContain('data-footnotes');
    expect(html).not.toContain('↩');
    const para = html.indexOf('More text.</p>');
    const note = html.indexOf('id="note-a"');
    expect(para).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(para);
    expect(note).toBeLessThan(html.indexOf('Second paragraph'));
    expect(html).toMatch(/<sup class="note-mark"><a href="#note-a" id="note-a-ref" data-footnote-ref="" aria-label="Note 1" aria-controls="note-a">1<\/a><\/sup>/);
    expect(html).toMatch(/<div class="sidenotes"><div class="sidenote" id="note-a" role="note"><p><a class="sidenote-number" href="#note-a-ref" data-footnote-backref="" aria-label="Note 1, back to the text">1\.<\/a> The note, with <em>emphasis<\/em>\.<\/p><\/div><\/div>/);
  });

  test('the notes of one block form one group, numbered as their marks', async () => {
    const html = await render('One[^x] and two[^y].\n\n[^y]: Why.\n\n[^x]: Ex.\n');
    expect(count(html, 'class="sidenotes"')).toBe(1);
    expect(html.indexOf('id="note-x"')).toBeLessThan(html.indexOf('id="note-y"'));
    expect(html).toContain('aria-label="Note 2, back to the text">2.</a> Why.');
  });

  test('a note referred to twice stands after its first mark; both marks lead to it', async () => {
    const html = await render('Here.[^r]\n\nAnd here again.[^r]\n\n[^r]: Twice.\n');
    expect(count(html, 'Twice.')).toBe(1);
    expect(html.indexOf('id="note-r"')).toBeLessThan(html.indexOf('And here again'));
    expect(count(html, 'href="#note-r"')).toBe(2);
    expect(html).toContain('id="note-r-ref-2"');
  });

  test('a mark inside a list: the note follows the whole list; a note of two paragraphs keeps both', async () => {
    const html = await render('- item one[^l]\n- item two\n\n[^l]: First part.\n\n    Second part.\n');
    expect(html.indexOf('id="note-l"')).toBeGreaterThan(html.indexOf('</ul>'));
    expect(html).toMatch(/1\.<\/a> First part\.<\/p>\s*<p>Second part\.<\/p>/);
  });
});

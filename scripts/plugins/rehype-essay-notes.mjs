// Footnotes, the essay's way: each note's text exists once on the page, right after the
// block (paragraph, list, aside) whose text refers to it, never mid-sentence and never again
// at the end. GFM footnotes ([^uat]) get the public ids of the anchor contract: #note-uat on
// the note, #note-uat-ref on its mark. The notes after one block form one group,
// `div.sidenotes`, which the styles place in the right margin beside that block on wide
// screens; on narrow screens each note opens under its block from the mark (src/scripts/
// notes.ts), and text browsers, reader mode and print read it there, after the paragraph.
//
// Output, for a paragraph with two marks:
//   <p>… theorem.<sup class="note-mark"><a href="#note-uat" id="note-uat-ref" data-footnote-ref
//      aria-label="Note 1" aria-controls="note-uat">1</a></sup> … compact,<sup …>2</sup> …</p>
//   <div class="sidenotes">
//     <div class="sidenote" id="note-uat" role="note"><p><a class="sidenote-number"
//        href="#note-uat-ref" data-footnote-backref aria-label="Note 1, back to the text">1.</a> …</p></div>
//     <div class="sidenote" id="note-compact" role="note">…</div>
//   </div>
import path from 'node:path';
import { visit, SKIP } from 'unist-util-visit';

const renameId = (id) =>
  id.replace(/^user-content-fnref-(.+?)(-\d+)?$/, (_, name, n) => `note-${name}-ref${n ?? ''}`).replace(/^user-content-fn-(.+)$/, 'note-$1');

const element = (tagName, properties, children) => ({ type: 'element', tagName, properties, children });
const isElement = (node) => node?.type === 'element';

/** The note's own content: its paragraphs, without GFM's back-links (the number links back). */
function noteBody(li, number, id) {
  const blocks = li.children.filter((c) => c.type !== 'text' || c.value.trim() !== '');
  visit({ type: 'root', children: blocks }, 'element', (node, index, parent) => {
    if (node.properties?.dataFootnoteBackref === undefined || !parent) return;
    parent.children.splice(index, 1);
    // The space GFM puts before its back-link goes with it.
    const before = parent.children[index - 1];
    if (before?.type === 'text') before.value = before.value.replace(/\s+$/, '');
    return [SKIP, index];
  });
  const back = element('a', { className: ['sidenote-number'], href: `#${id}-ref`, dataFootnoteBackref: '', ariaLabel: `Note ${number}, back to the text` }, [
    { type: 'text', value: `${number}.` },
  ]);
  const first = blocks.find(isElement);
  if (first?.tagName === 'p') first.children.unshift(back, { type: 'text', value: ' ' });
  else blocks.unshift(element('p', {}, [back]));
  return element('div', { className: ['sidenote'], id, role: 'note' }, blocks);
}

export function rehypeEssayNotes() {
  return (tree, file) => {
    const stem = path.basename(file.path ?? 'page', path.extname(file.path ?? '')).replace(/^\d+-/, '');
    // 1. Public ids and links; the notes as GFM wrote them, and the list at the end, which goes.
    const notes = new Map();
    let list = null;
    visit(tree, 'element', (node) => {
      const p = node.properties ?? {};
      if (typeof p.id === 'string') p.id = renameId(p.id);
      if (typeof p.href === 'string' && p.href.startsWith('#user-content-')) p.href = '#' + renameId(p.href.slice(1));
      if (node.tagName === 'li' && typeof p.id === 'string' && p.id.startsWith('note-')) notes.set(p.id, node);
      if (node.tagName === 'section' && p.dataFootnotes !== undefined) list = node;
    });
    if (!list) return;
    tree.children = tree.children.filter((c) => c !== list);

    // 2. After each top-level block, the notes its marks refer to (each note after its first mark).
    const placed = new Set();
    const out = [];
    for (const block of tree.children) {
      out.push(block);
      const group = [];
      visit(block, 'element', (node) => {
        const a = node.tagName === 'sup' ? node.children.find((c) => isElement(c) && c.properties?.dataFootnoteRef !== undefined) : undefined;
        if (!a) return;
        const id = String(a.properties.href).slice(1);
        const number = a.children.map((c) => c.value ?? '').join('');
        node.properties.className = ['note-mark'];
        delete a.properties.ariaDescribedBy;
        a.properties.ariaLabel = `Note ${number}`;
        a.properties.ariaControls = id;
        const li = notes.get(id);
        if (!li || placed.has(id)) return;
        placed.add(id);
        group.push(noteBody(li, number, id));
      });
      if (group.length) out.push({ type: 'text', value: '\n' }, element('div', { className: ['sidenotes'] }, group));
    }
    // A note no mark refers to (GFM drops those, but be safe) would vanish: fail loudly instead.
    const orphans = [...notes.keys()].filter((id) => !placed.has(id));
    if (orphans.length) throw new Error(`${stem}: footnote ${orphans.join(', ')} is never referred to in the text`);
    tree.children = out;
  };
}

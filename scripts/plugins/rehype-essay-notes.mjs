// Footnotes, the essay's way. GFM footnotes ([^uat]) get the public ids of the anchor
// contract (#note-uat on the note, #note-uat-ref on its mark), and each mark gets a copy
// of its note beside it: a sidenote in the margin on wide screens, expandable inline on
// narrow ones. The copy is inert (no focus, hidden from assistive technology) because the
// real note, with its back-link, stays in the list at the end of the section.
import { visit } from 'unist-util-visit';
import path from 'node:path';

const renameId = (id) =>
  id.replace(/^user-content-fnref-(.+?)(-\d+)?$/, (_, name, n) => `note-${name}-ref${n ?? ''}`).replace(/^user-content-fn-(.+)$/, 'note-$1');

function inlineCopy(nodes) {
  // Paragraphs become spans (a sidenote sits inside a paragraph); back-links are dropped.
  const out = [];
  for (const node of nodes) {
    if (node.type === 'element' && node.properties?.dataFootnoteBackref !== undefined) continue;
    if (node.type === 'element' && node.tagName === 'p') out.push({ type: 'element', tagName: 'span', properties: { className: ['sidenote-para'] }, children: inlineCopy(node.children) });
    else if (node.type === 'element') out.push({ ...node, properties: { ...node.properties, id: undefined }, children: inlineCopy(node.children ?? []) });
    else out.push(node);
  }
  return out;
}

export function rehypeEssayNotes() {
  return (tree, file) => {
    const stem = path.basename(file.path ?? 'page', path.extname(file.path ?? '')).replace(/^\d+-/, '');
    const notes = new Map();
    visit(tree, 'element', (node) => {
      const p = node.properties ?? {};
      if (typeof p.id === 'string') {
        if (p.id === 'footnote-label') p.id = `notes-label-${stem}`;
        else p.id = renameId(p.id);
      }
      if (typeof p.href === 'string' && p.href.startsWith('#user-content-')) p.href = '#' + renameId(p.href.slice(1));
      if (p.ariaDescribedBy) p.ariaDescribedBy = [`notes-label-${stem}`];
      if (node.tagName === 'li' && typeof p.id === 'string' && p.id.startsWith('note-')) notes.set(p.id, node);
      if (node.tagName === 'section' && p.dataFootnotes !== undefined) p.className = ['footnotes', 'section-notes'];
    });
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'sup' || !parent) return;
      const a = node.children.find((c) => c.type === 'element' && c.properties?.dataFootnoteRef !== undefined);
      if (!a) return;
      const target = String(a.properties.href).slice(1);
      const note = notes.get(target);
      if (!note) return;
      const number = a.children.map((c) => c.value ?? '').join('');
      node.properties.className = ['note-mark'];
      const sidenote = {
        type: 'element',
        tagName: 'span',
        properties: { className: ['sidenote'], inert: true, dataFor: target },
        children: [{ type: 'element', tagName: 'span', properties: { className: ['sidenote-number'] }, children: [{ type: 'text', value: number + '.' }] }, { type: 'text', value: ' ' }, ...inlineCopy(note.children)],
      };
      parent.children.splice(index + 1, 0, sidenote);
      return index + 2;
    });
  };
}

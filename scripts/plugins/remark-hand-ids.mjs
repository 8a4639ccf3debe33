// Section headings carry ids written by hand (the anchor contract): in MDX they are written
// <h2 id="successes">Successes</h2>, which this turns into real Markdown headings so that
// Astro lists them for the table of contents. A "## Heading" without an id fails the build,
// because an id derived from heading text would change when the heading is reworded.
import { visit, SKIP } from 'unist-util-visit';

export function remarkHandIds() {
  return (tree, file) => {
    visit(tree, (node, index, parent) => {
      if (node.type === 'heading') {
        const id = node.data?.hProperties?.id;
        if (!id) throw new Error(`Heading without a hand-written id in ${file.path}: write <h${node.depth} id="...">…</h${node.depth}>`);
        return;
      }
      if (node.type !== 'mdxJsxFlowElement' || !/^h[2-4]$/.test(node.name ?? '') || !parent) return;
      const idAttr = node.attributes.find((a) => a.name === 'id');
      if (!idAttr || typeof idAttr.value !== 'string') throw new Error(`<${node.name}> without an id in ${file.path}`);
      const children = node.children.length === 1 && node.children[0].type === 'paragraph' ? node.children[0].children : node.children;
      parent.children[index] = { type: 'heading', depth: Number(node.name[1]), children, data: { hProperties: { id: idAttr.value } } };
      return SKIP;
    });
  };
}

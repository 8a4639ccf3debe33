// Fails the build, in one line naming the key and the file, when an essay page cites a key
// that references.bib does not have (<Cite keys="a,b" />).
import { visit } from 'unist-util-visit';
import { readBibKeys } from './bib-keys.mjs';

export function remarkCheckCitations() {
  return (tree, file) => {
    const known = readBibKeys();
    visit(tree, (node) => {
      if ((node.type !== 'mdxJsxTextElement' && node.type !== 'mdxJsxFlowElement') || node.name !== 'Cite') return;
      const attr = node.attributes?.find((a) => a.name === 'keys');
      const value = typeof attr?.value === 'string' ? attr.value : '';
      for (const key of value.split(',').map((k) => k.trim()).filter(Boolean)) {
        if (!known.has(key)) throw new Error(`Unknown citation key "${key}" in ${file.path}`);
      }
      if (!value.trim()) throw new Error(`<Cite> without keys in ${file.path}`);
    });
  };
}

// Each formula once, for every reader. KaTeX writes a formula three times: MathML for
// screen readers, its TeX source in an <annotation>, and an HTML copy that draws it. Tools
// that ignore CSS and ARIA read all three: text browsers (w3m prints the three one after
// another; lynx prints the MathML as raw tags), reader modes run on the page as served, and
// the search index.
//
// So the page is served with the drawn copy only, as real text, and the MathML (with its
// TeX annotation) kept in a data-mathml attribute, which no text tool reads. In the browser,
// src/scripts/maths.ts puts the MathML back in KaTeX's own markup and hides the drawn copy
// from assistive technology, exactly as KaTeX renders it; KaTeX's copy-tex extension then
// copies a formula once, as $TeX$. Without JavaScript a screen reader reads the drawn copy.
import { visit, SKIP } from 'unist-util-visit';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';

/**
 * KaTeX's options for every formula of the site (rehype-katex in the Markdown pipelines and
 * renderTex): MathML kept for mathsOnce below, and any TeX KaTeX would warn about an error.
 */
export const katexOptions = /** @type {const} */ ({ output: 'htmlAndMathml', strict: 'error' });

/** @param {import('hast').Element} el @param {string} name */
const hasClass = (el, name) => Array.isArray(el.properties?.className) && el.properties.className.includes(name);

/**
 * Moves every `.katex-mathml` element's MathML into its `data-mathml` attribute (serialised
 * HTML) and makes the sibling `.katex-html` readable (drops its aria-hidden). In place.
 * Throws if a formula has no MathML (KaTeX was run with output 'html' instead of
 * 'htmlAndMathml'), since the page would then lose its TeX for copying.
 * @param {import('hast').Root | import('hast').Element} tree
 */
export function mathsOnce(tree) {
  visit(tree, 'element', (node) => {
    if (!hasClass(node, 'katex')) return;
    const mathml = node.children.find((c) => c.type === 'element' && hasClass(c, 'katex-mathml'));
    const html = node.children.find((c) => c.type === 'element' && hasClass(c, 'katex-html'));
    if (!mathml || mathml.type !== 'element' || !mathml.children.length) {
      throw new Error('rehype-maths-once: a KaTeX formula has no MathML; render with output "htmlAndMathml"');
    }
    mathml.properties = { ...mathml.properties, dataMathml: toHtml(mathml.children) };
    mathml.children = [];
    if (html?.type === 'element') delete html.properties.ariaHidden;
    return SKIP;
  });
}

/** The rehype plugin: run after rehype-katex. */
export function rehypeMathsOnce() {
  return (/** @type {import('hast').Root} */ tree) => mathsOnce(tree);
}

/**
 * TeX to HTML the site's way, for maths written outside Markdown (display equations, notes
 * gathered by hand): KaTeX's output with the MathML set aside as above.
 * Throws KaTeX's ParseError on bad TeX, and on anything KaTeX's strict mode warns about.
 * @param {string} tex
 * @param {{ displayMode?: boolean }} [options]
 * @returns {string}
 */
export function renderTex(tex, { displayMode = false } = {}) {
  const tree = fromHtml(katex.renderToString(tex, { ...katexOptions, displayMode, throwOnError: true }), { fragment: true });
  mathsOnce(tree);
  return toHtml(tree);
}

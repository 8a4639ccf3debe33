// Maths in the browser. The page is served with each formula's drawn copy only, its MathML
// (with the TeX source) kept in a data-mathml attribute (scripts/plugins/rehype-maths-once.mjs
// says why). Here the MathML goes back into KaTeX's own markup, the drawn copy is hidden from
// assistive technology again, and KaTeX's copy-tex extension makes a copied formula arrive
// once, as $TeX$ ($$TeX$$ for a display equation). Loaded as its own module, only on pages
// with maths; nothing here evaluates strings as code, so it runs under the site's policy.
import 'katex/contrib/copy-tex';

/**
 * Restores the MathML of every formula under `root` that still has it set aside.
 * Returns how many formulas it restored (0 when called again).
 */
export function restoreMathml(root: ParentNode = document): number {
  const holders = root.querySelectorAll<HTMLElement>('.katex-mathml[data-mathml]');
  const template = document.createElement('template');
  for (const holder of holders) {
    // The attribute holds KaTeX's own serialised MathML, written at build time.
    template.innerHTML = holder.dataset.mathml ?? '';
    holder.replaceChildren(template.content);
    holder.removeAttribute('data-mathml');
    holder.nextElementSibling?.setAttribute('aria-hidden', 'true');
  }
  return holders.length;
}

restoreMathml();

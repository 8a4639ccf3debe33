// How many words a reader reads in one essay section: the body text of its MDX file, with its
// headings, asides and footnotes, but not its figures (their captions live in meta.ts and are
// not counted), display equations or citation labels. The essay's length budget (issue 10:
// at most 5,500 words over sections 1-10) is checked against this count in
// tests/unit/essay-text.test.ts.
//
// The rules, applied to the MDX source in this order:
// 1. Front matter and `import` lines go.
// 2. `<FigRef ... />` and `<EqRef ... />` count as two words each ("Figure 3", "equation (1)").
// 3. Every other self-closing component (a figure, `<Equation>`, `<Cite>`) counts nothing.
// 4. `<Aside ... title="A note on X">` counts its title; the tags of asides and `<h2>` headings
//    go, and their contents count like any paragraph.
// 5. Inline maths `$...$` counts as one word, however long.
// 6. Footnote marks `[^name]` count nothing; a footnote's text counts (its `[^name]:` label does not).
// 7. What is left is split on white space; a word is a piece holding a letter or a digit, so
//    dashes and stray punctuation count nothing and "N-by-N" counts once.

/** Word count of one MDX section (a string of MDX source). Never throws; unknown markup counts as text. */
export function bodyWords(mdx: string): number {
  return bodyText(mdx).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The section's body as plain text, after the rules above (exported for the tests' messages). */
export function bodyText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^import .*$/gm, '')
    .replace(/<(?:FigRef|EqRef)\b[^>]*\/>/g, ' ref ref ')
    .replace(/<Aside\b[^>]*\btitle="([^"]*)"[^>]*>/g, ' $1 ')
    .replace(/<[A-Z][\w.]*\b(?:[^>"{}]|"[^"]*"|\{(?:[^{}]|\{[^{}]*\})*\})*\/>/g, ' ')
    .replace(/<\/?(?:Aside|h2|h3|p|em|strong)\b[^>]*>/g, ' ')
    .replace(/\$[^$\n]+\$/g, ' math ')
    .replace(/\[\^[\w-]+\]:?/g, ' ');
}

/**
 * Ends every SVG <text> label in a piece of served HTML with a space, so that tools which
 * read a page as text (w3m, lynx, reader modes, the search index) do not run a plot's
 * labels together ("-1-0.500.51x"). Browsers draw nothing for it: SVG drops leading and
 * trailing white space of a text element before layout, and a figure's island, once
 * hydrated, writes its labels afresh.
 *
 * `html` is markup as Astro renders it (a figure's island with its server-rendered picture);
 * only text directly before a closing </text> tag that does not already end in white space
 * is touched, and empty text elements are left alone. Returns the new markup.
 */
export function spaceSvgText(html: string): string {
  return html.replace(/([^\s>])<\/text>/g, '$1 </text>');
}

/** What the page, the gallery and "Cite this" say about a figure. */
export interface FigureMeta {
  /** The public anchor id, `fig-<name>`; `<name>` prefixes the figure's link-state parameters. */
  id: `fig-${string}`;
  /** Section slug the figure belongs to (its page is /continuity/<section>/). */
  section: string;
  /** A short title, used in "Cite this figure" and the gallery. */
  title: string;
  /** The caption: what the reader is looking at and what to try. Plain text, may use **bold**. */
  caption: string;
  /** A text description of what the figure shows, for readers who cannot see it. */
  description: string;
  /** "How this figure works": what is computed and how (model size, optimiser, sampling). */
  how: string;
  /** Column width on the article grid. */
  width?: 'body' | 'outset' | 'page' | 'screen';
}

// Notes (written once, after the block that refers to them, by
// scripts/plugins/rehype-essay-notes.mjs). Where the styles put them in the margin, each note
// is lined up with its mark and pushed down just enough not to overlap the note above it
// (a transform: the text never moves, so nothing shifts under the reader). Elsewhere a mark
// opens and closes its note in place, under its paragraph, as a disclosure.
import { realignDeepLink } from './anchors';

/** Space kept between two notes in the margin, px. */
const GAP = 12;

const noteOf = (mark: Element) => document.getElementById(mark.getAttribute('aria-controls') ?? '');
/** layout.css says which groups stand in the margin (the widths are decided there only). */
const inMargin = (note: HTMLElement) => note.parentElement !== null && getComputedStyle(note.parentElement).getPropertyValue('--notes-in-margin').trim() === '1';
const shown = (note: HTMLElement) => getComputedStyle(note).display !== 'none';

/** Lines up the margin notes with their marks, top to bottom, never overlapping. */
function layout(notes: HTMLElement[]): void {
  // Measured from where the styles put them; a note no longer in the margin keeps no offset.
  for (const note of notes) note.style.transform = '';
  const margin = notes.filter(inMargin);
  let floor = -Infinity;
  const moves = margin.map((note) => {
    const natural = note.getBoundingClientRect().top;
    const mark = document.getElementById(`${note.id}-ref`)?.closest('sup');
    // The note's first line sits on the mark's line: its top a little below the mark's top.
    const wanted = mark ? mark.getBoundingClientRect().top - 2 : natural;
    const top = Math.max(wanted, floor);
    floor = top + note.offsetHeight + GAP;
    return top - natural;
  });
  margin.forEach((note, i) => {
    if (Math.abs(moves[i]!) >= 0.5) note.style.transform = `translateY(${moves[i]!.toFixed(1)}px)`;
  });
  // A deep link to a note was scrolled to before the note moved beside its mark.
  if (margin.some((note) => location.hash === `#${note.id}`)) realignDeepLink();
  // A mark whose note is beside it discloses nothing; one whose note is folded away does.
  for (const note of notes) {
    const mark = document.getElementById(`${note.id}-ref`);
    if (margin.includes(note)) mark?.removeAttribute('aria-expanded');
    else mark?.setAttribute('aria-expanded', String(shown(note)));
  }
}

export function setUpNotes(): void {
  const notes = [...document.querySelectorAll<HTMLElement>('.sidenotes > .sidenote')];
  if (notes.length === 0) return;

  // Text above a note grows or shrinks (figures waking, fonts, a resize): line up again.
  const proses = new Set(notes.map((n) => n.closest('.prose')).filter((p): p is Element => p !== null));
  if ('ResizeObserver' in window) {
    const observer = new ResizeObserver(() => layout(notes));
    proses.forEach((p) => observer.observe(p));
    // A note that grows (its maths restored, a font arrives) pushes the notes below it; in the
    // margin it does not change the height of its prose.
    notes.forEach((n) => observer.observe(n));
  } else layout(notes);

  /** Opens or folds a note under its paragraph (never one in the margin). */
  const setOpen = (note: HTMLElement, mark: Element, open: boolean) => {
    note.classList.toggle('sidenote-open', open);
    note.classList.toggle('sidenote-closed', !open);
    mark.setAttribute('aria-expanded', String(open));
    lastOpened = open ? note : null;
  };
  let lastOpened: HTMLElement | null = null;

  document.addEventListener('click', (event) => {
    const mark = (event.target as Element | null)?.closest?.('sup.note-mark a[aria-controls]');
    const note = mark && noteOf(mark);
    if (!mark || !note || inMargin(note)) return;
    event.preventDefault();
    const open = !shown(note);
    setOpen(note, mark, open);
    if (open) note.scrollIntoView({ block: 'nearest' });
  });

  // Esc folds the note the reader is in, or the one just opened, and focus returns to its
  // mark (a disclosure is dismissible like a card). On window, after the cards' handler on
  // document: an Esc that closed a card (defaultPrevented) leaves the note open.
  window.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const within = document.activeElement?.closest<HTMLElement>('.sidenote');
    const note = within ?? lastOpened;
    if (!note || inMargin(note) || !shown(note)) return;
    const mark = document.getElementById(`${note.id}-ref`);
    if (!mark) return;
    setOpen(note, mark, false);
    mark.focus();
  });

  // A link to a note the reader had folded away opens it again.
  window.addEventListener('hashchange', () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target?.classList.contains('sidenote')) {
      target.classList.remove('sidenote-closed');
      layout(notes);
    }
  });
}

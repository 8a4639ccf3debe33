// Citation cards: the full reference beside an author-year citation, made from the link's
// `data-card` attribute (src/lib/content/bibliography.ts, citationHtml) while it is open and
// placed by Floating UI so that it always lies inside the viewport (flip above when there is
// no room below, shift sideways at the edges). Loaded on the reader's first
// approach to a citation (client:citation), so a page that is only read never fetches it.
//
// WCAG 1.4.13 (content on hover or focus): the card opens on hover and on keyboard focus;
// the pointer can move onto it (hoverable); it stays until the pointer or focus leaves
// (persistent); Esc closes it without moving either (dismissible). On touch, where there is
// no hover, the first tap on a citation opens its card and a second tap (or the card's own
// link) goes on to the reference list. Only one card is open at a time.
import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';

export const CITATION = 'a.cite-link[data-card]';
/** How long the card waits for the pointer to reach it before closing, ms. */
const LEAVE_DELAY = 300;

/** The one card, made when the cards are installed (never on the server, where this module is also read). */
let card: HTMLSpanElement = null!;

let current: HTMLAnchorElement | null = null;
let stopPlacing: (() => void) | null = null;
let leaveTimer: ReturnType<typeof setTimeout> | undefined;
/** The pointer that last went down, and whether its citation's card was open then. */
let down: { type: string; openBefore: boolean } = { type: '', openBefore: false };
/** The citation whose card Esc closed: it stays closed until focus and pointer have left it. */
let dismissed: Element | null = null;

const citationOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<HTMLAnchorElement>(CITATION) : null);
const inCard = (target: EventTarget | null) => target instanceof Node && card.contains(target);

/** Whether `link`'s card is the one open. */
export const isOpen = (link: Element) => current === link;

export function open(link: HTMLAnchorElement): void {
  clearTimeout(leaveTimer);
  if (current === link) return;
  close();
  current = link;
  const more = document.createElement('a');
  more.className = 'cite-card-more';
  more.href = link.href;
  more.textContent = 'In the references →';
  card.innerHTML = link.dataset.card ?? '';
  card.append(more);
  // Right after the link: Tab goes from the citation into the card's links.
  link.after(card);
  link.setAttribute('aria-describedby', card.id);
  stopPlacing = autoUpdate(link, card, () => {
    void computePosition(link, card, {
      strategy: 'fixed',
      placement: 'bottom-start',
      middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    }).then(({ x, y }) => {
      card.style.left = `${x}px`;
      card.style.top = `${y}px`;
    });
  });
}

export function close(): void {
  clearTimeout(leaveTimer);
  stopPlacing?.();
  stopPlacing = null;
  current?.removeAttribute('aria-describedby');
  current = null;
  card.remove();
}

const closeSoon = () => {
  clearTimeout(leaveTimer);
  leaveTimer = setTimeout(close, LEAVE_DELAY);
};

/**
 * Starts listening, and opens the card of the citation that brought the cards in: a tap the
 * directive held (data-card-held), the keyboard's focus, or the pointer over it.
 */
export function install(): void {
  card = document.createElement('span');
  card.className = 'cite-card';
  card.id = 'cite-card';
  card.setAttribute('data-pagefind-ignore', '');
  const handle = (e: Event) => {
    const link = citationOf(e.target);
    switch (e.type) {
      case 'pointerover': {
        if ((e as PointerEvent).pointerType === 'touch') return;
        if (link && link !== dismissed) open(link);
        else if (inCard(e.target)) clearTimeout(leaveTimer);
        return;
      }
      case 'pointerout': {
        if (link && link === dismissed && !link.matches(':focus')) dismissed = null;
        if ((e as PointerEvent).pointerType === 'touch' || !current) return;
        const to = (e as PointerEvent).relatedTarget;
        if ((link === current || inCard(e.target)) && citationOf(to) !== current && !inCard(to)) closeSoon();
        return;
      }
      case 'pointerdown': {
        down = { type: (e as PointerEvent).pointerType, openBefore: link !== null && isOpen(link) };
        if (!link && !inCard(e.target)) close();
        return;
      }
      case 'click': {
        // A touch has no hover: its first tap shows the card, the next one follows the link.
        // (Keyboard clicks carry pointerType "", browsers whose click has no pointerType, none.)
        const touch = 'pointerType' in e ? (e as PointerEvent).pointerType === 'touch' : down.type === 'touch';
        if (link && touch && !down.openBefore) {
          e.preventDefault();
          open(link);
          down.openBefore = true;
        }
        return;
      }
      case 'focusin': {
        if (link && link !== dismissed && link.matches(':focus-visible')) open(link);
        return;
      }
      case 'focusout': {
        const to = (e as FocusEvent).relatedTarget;
        if (link && link === dismissed && !link.matches(':hover')) dismissed = null;
        if (current && (link === current || inCard(e.target)) && citationOf(to) !== current && !inCard(to) && !current.matches(':hover')) close();
        return;
      }
      case 'keydown': {
        if ((e as KeyboardEvent).key !== 'Escape' || !current) return;
        // This Esc is spent: an open note (notes.ts) stays open until the next one.
        e.preventDefault();
        const back = inCard(document.activeElement) ? current : null;
        dismissed = current;
        close();
        back?.focus();
      }
    }
  };
  for (const type of ['pointerover', 'pointerout', 'pointerdown', 'click', 'focusin', 'focusout', 'keydown']) document.addEventListener(type, handle);
  const held = document.querySelector<HTMLAnchorElement>(`${CITATION}[data-card-held]`);
  held?.removeAttribute('data-card-held');
  const focused = document.querySelector<HTMLAnchorElement>(`${CITATION}:focus-visible`);
  const hovered = [...document.querySelectorAll<HTMLAnchorElement>(`${CITATION}:hover`)].pop();
  const first = held ?? focused ?? hovered;
  if (first) open(first);
}

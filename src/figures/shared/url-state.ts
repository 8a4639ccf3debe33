// The browser side of link state (the codec is src/lib/state/link-state.ts). One mechanism
// for every figure:
// - followLinkState: the figure takes its settings from the address when it wakes, and
//   again whenever Back or Forward brings another address, so what the address says is
//   what the figure shows;
// - writeLinkState: the figure writes its settings back as the reader changes them, with
//   history.replaceState after the reader pauses (the Back button is not flooded), and at
//   once before an in-page link adds a history entry, so the entry left behind keeps them;
// - linkTo: the link the "Link" button copies.
import {
  decodeLinkState,
  encodeLinkState,
  type DecodedLinkState,
  type LinkSchema,
  type LinkValues,
} from '@/lib/state/link-state';

/** One line for the figure's notice: every repair the link needed, each naming the value in use. */
export function linkNotice(notices: string[]): string {
  if (notices.length === 0) return '';
  return `This link’s settings were repaired: ${notices.join('; ')}`;
}

export function linkTo<S extends LinkSchema>(figure: string, schema: S, values: LinkValues<S>): string {
  const url = new URL(window.location.href);
  url.search = encodeLinkState(figure, schema, values, url.search);
  url.hash = `fig-${figure}`;
  return url.toString();
}

/** Writes not yet made, by figure: each knows how to make itself now. */
const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; write: () => void }>();
/** What each figure shows, as its canonical query string: Back to the same state changes nothing. */
const shown = new Map<string, string>();

function cancelWrite(figure: string): void {
  clearTimeout(pending.get(figure)?.timer);
  pending.delete(figure);
}

/** Makes every pending write now (before a link adds a history entry). */
export function flushLinkState(): void {
  for (const { timer, write } of [...pending.values()]) {
    clearTimeout(timer);
    write();
  }
}

let flushBeforeLinks = false;
/** In-page links (a note mark, the contents) add an entry: the entry left must hold the figures' state. */
function listenForLinks(): void {
  if (flushBeforeLinks) return;
  flushBeforeLinks = true;
  document.addEventListener(
    'click',
    (event) => {
      if (pending.size > 0 && (event.target as Element | null)?.closest?.('a[href]')) flushLinkState();
    },
    true,
  );
}

/** Writes the figure's state into the address bar after the reader pauses (400 ms). */
export function writeLinkState<S extends LinkSchema>(figure: string, schema: S, values: LinkValues<S>): void {
  const state = encodeLinkState(figure, schema, values);
  // Nothing the reader changed (a figure writing what it has just read): the address stays as
  // it is, and no late write can land on an entry the reader has moved to meanwhile.
  if (state === shown.get(figure) && !pending.has(figure)) return;
  cancelWrite(figure);
  listenForLinks();
  shown.set(figure, state);
  const write = () => {
    pending.delete(figure);
    const url = new URL(window.location.href);
    const next = encodeLinkState(figure, schema, values, url.search);
    if (next === url.search.replace(/^\?/, '')) return;
    url.search = next;
    history.replaceState(history.state, '', url);
  };
  pending.set(figure, { timer: setTimeout(write, 400), write });
}

/**
 * Gives the figure the state in the address now, and again after every Back or Forward
 * (popstate) that brings a different state for it. `apply` receives the decoded state
 * (values, notices, which settings the link named); it is not called for an entry whose
 * state the figure already shows (an in-page link, or Back across one).
 * Returns the function that stops following.
 */
export function followLinkState<S extends LinkSchema>(
  figure: string,
  schema: S,
  apply: (state: DecodedLinkState<S>) => void,
): () => void {
  let lastNotices: string | undefined;
  const read = () => {
    const state = decodeLinkState(figure, schema, window.location.search);
    const values = encodeLinkState(figure, schema, state.values);
    const notices = state.notices.join('\n');
    if (values === shown.get(figure) && notices === lastNotices) return;
    shown.set(figure, values);
    lastNotices = notices;
    apply(state);
  };
  const onpopstate = () => {
    // A write still waiting belongs to the entry just left, not to this one.
    cancelWrite(figure);
    read();
  };
  read();
  window.addEventListener('popstate', onpopstate);
  return () => window.removeEventListener('popstate', onpopstate);
}

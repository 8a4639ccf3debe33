// The browser side of link state (the codec is src/lib/state/link-state.ts): read the
// figure's settings from the page URL, write them back as the reader changes them
// (debounced history.replaceState, so the back button is not flooded), and build the
// link the "Link" button copies.
import {
  decodeLinkState,
  encodeLinkState,
  type DecodedLinkState,
  type LinkSchema,
  type LinkValues,
} from '@/lib/state/link-state';

export function readLinkState<S extends LinkSchema>(figure: string, schema: S): DecodedLinkState<S> {
  return decodeLinkState(figure, schema, window.location.search);
}

/** One line for the figure's notice: the first repair, and how many more there were. */
export function linkNotice(notices: string[]): string {
  if (notices.length === 0) return '';
  const more = notices.length > 1 ? ` (and ${notices.length - 1} more)` : '';
  return `This link’s settings were repaired: ${notices[0]}${more}`;
}

export function linkTo<S extends LinkSchema>(figure: string, schema: S, values: LinkValues<S>): string {
  const url = new URL(window.location.href);
  url.search = encodeLinkState(figure, schema, values, url.search).toString();
  url.hash = `fig-${figure}`;
  return url.toString();
}

const timers = new Map<string, ReturnType<typeof setTimeout>>();

/** Writes the figure's state into the address bar after the reader pauses (400 ms). */
export function writeLinkState<S extends LinkSchema>(figure: string, schema: S, values: LinkValues<S>): void {
  clearTimeout(timers.get(figure));
  timers.set(
    figure,
    setTimeout(() => {
      const url = new URL(window.location.href);
      const next = encodeLinkState(figure, schema, values, url.search).toString();
      if (next === url.search.replace(/^\?/, '')) return;
      url.search = next;
      history.replaceState(history.state, '', url);
    }, 400),
  );
}

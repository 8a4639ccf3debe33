// Anchors land below the sticky header, and stay where the link put them.
// - global.css sets --header-h for each width; followHeaderHeight keeps it equal to the
//   header's real height should the reader's fonts or zoom change it.
// - The browser scrolls to a deep link's target while the page loads; what moves the target
//   later (KaTeX's fonts rewrapping a line above it, a margin note lined up with its mark) is
//   undone by realignDeepLink until the reader scrolls on their own.

export function followHeaderHeight(): void {
  const header = document.querySelector<HTMLElement>('.site-header');
  if (!header || !('ResizeObserver' in window)) return;
  new ResizeObserver(() => {
    document.documentElement.style.setProperty('--header-h', `${header.getBoundingClientRect().height}px`);
  }).observe(header);
}

let readerMoved = false;
for (const type of ['wheel', 'touchstart', 'keydown', 'pointerdown']) addEventListener(type, () => (readerMoved = true), { once: true, passive: true });

/** Puts the address's target back at the top (below the header), unless the reader has moved. */
export function realignDeepLink(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  if (readerMoved || !id) return;
  const target = document.getElementById(id);
  if (target && target.getClientRects().length > 0) target.scrollIntoView({ block: 'start' });
}

export function holdDeepLink(): void {
  if (!location.hash) return;
  void document.fonts?.ready.then(realignDeepLink);
  addEventListener('load', realignDeepLink, { once: true });
}

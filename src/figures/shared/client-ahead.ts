// `client:ahead`, the hydration directive of training figures (scripts/plugins/ahead-directive.mjs).
// Like client:visible, a figure in view hydrates at once; unlike it, a figure within one
// viewport height below or above the view hydrates too, as soon as the reader scrolls or the
// page has loaded and the main thread is idle, whichever comes first. Mounting warms the
// page's training worker and loads the figure's job (worker-client.ts), so that training
// moves as the figure arrives instead of a few hundred milliseconds after. Not while the page
// loads: then the figure's code would take the main thread from the first screen (Lighthouse
// counted 210-270 ms of blocking time on learning-from-pixels). Not only on the first scroll
// either: a figure right below the first screen enters the view with that scroll, before its
// worker could start (first movement 244 ms after entering, measured for many-discontinuities,
// whose figure starts at the fold at 1280 x 900).
import type { ClientDirective } from 'astro';

/** How far ahead, as an IntersectionObserver rootMargin: one viewport height either way. */
export const AHEAD_MARGIN = '100% 0px';
/** The longest an idle callback may wait, ms (a page whose main thread is never idle). */
const IDLE_TIMEOUT = 2000;

/** Calls `run` once the page has loaded and the main thread is idle. */
function afterLoadWhenIdle(run: () => void): void {
  const idle = () => {
    if ('requestIdleCallback' in window) requestIdleCallback(run, { timeout: IDLE_TIMEOUT });
    else setTimeout(run, 200);
  };
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

const ahead: ClientDirective = (load, _options, el) => {
  let done = false;
  let near = false;
  let moving = false;
  const hydrate = async () => {
    if (done) return;
    done = true;
    io.disconnect();
    removeEventListener('scroll', onScroll);
    await (await load())();
  };
  const onScroll = () => {
    moving = true;
    removeEventListener('scroll', onScroll);
    if (near) void hydrate();
  };
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        const r = e.boundingClientRect;
        if (moving || (r.bottom > 0 && r.top < innerHeight)) {
          void hydrate();
          return;
        }
        if (!near) afterLoadWhenIdle(() => void hydrate());
        near = true;
      }
    },
    { rootMargin: AHEAD_MARGIN },
  );
  // The island is display: contents; its children have the boxes.
  for (const child of el.children) io.observe(child);
  addEventListener('scroll', onScroll, { passive: true });
};

export default ahead;

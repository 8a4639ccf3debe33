// `client:ahead`, the hydration directive of training figures (scripts/plugins/ahead-directive.mjs).
// Like client:visible, a figure in view hydrates at once; unlike it, a figure within one
// viewport height below or above the view hydrates too, as soon as the reader scrolls. Mounting
// warms the page's training worker and loads the figure's job (worker-client.ts), so that
// training moves as the figure arrives instead of a few hundred milliseconds after. It waits
// for the first scroll because a reader who has not moved needs only what is in view: while
// the page loads, the figure's code would take the main thread from the first screen
// (Lighthouse counted it as blocking time on the pages whose figure sits within two screens
// of the top).
import type { ClientDirective } from 'astro';

/** How far ahead, as an IntersectionObserver rootMargin: one viewport height either way. */
export const AHEAD_MARGIN = '100% 0px';

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

// How early a training figure hydrates: Astro's client:visible options, passed as
// `client:visible={WARM_AHEAD}`. A margin of one viewport height (IntersectionObserver reads a
// percentage of the viewport) mounts the figure about a screen before the reader reaches it;
// mounting warms the page's training worker and loads the figure's job (worker-client.ts), so
// that training moves as the figure arrives instead of a few hundred milliseconds after.
// Figures that do not train hydrate on arrival (plain client:visible).
export const WARM_AHEAD = { rootMargin: '100% 0px' } as const;

// `client:citation`, an Astro client directive (scripts/plugins/citation-directive.mjs): the
// island it marks (the citation cards, src/components/CiteCards.svelte) loads and wakes on the
// reader's first approach to a citation: the pointer over it, a touch, keyboard focus. Until
// then a page fetches no script for cards. A first tap that comes before the cards have
// loaded is held (the link is not followed) and marked, and the cards open it once awake.
import type { ClientDirective } from 'astro';

const CITATION = 'a.cite-link[data-card]';
const TYPES = ['pointerover', 'pointerdown', 'focusin', 'click'];

const hydrateOnCitation: ClientDirective = (load) => {
  let touch = false;
  let waking = false;
  const approach = (event: Event) => {
    const link = (event.target as Element | null)?.closest?.(CITATION);
    if (!link) return;
    if (event.type === 'pointerdown') touch = (event as PointerEvent).pointerType === 'touch';
    if (event.type === 'click') {
      // A keyboard's click has pointerType "": only a tap is held.
      if (!('pointerType' in event ? (event as PointerEvent).pointerType === 'touch' : touch)) return;
      event.preventDefault();
      link.setAttribute('data-card-held', '');
    }
    if (waking) return;
    waking = true;
    void load()
      .then((hydrate) => hydrate())
      .then(() => TYPES.forEach((type) => document.removeEventListener(type, approach)));
  };
  TYPES.forEach((type) => document.addEventListener(type, approach));
};

export default hydrateOnCitation;

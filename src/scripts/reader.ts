// Reader conveniences, tiny and optional (the page reads fully without them): the theme
// toggle, copying anchor links, anchors below the header, notes in the margin or opened in
// place, and marking the current subsection in the table of contents. Inline in every page;
// the citation cards load only when first wanted (src/components/CiteCards.svelte).
import { followHeaderHeight, holdDeepLink } from './anchors';
import { setUpNotes } from './notes';

const root = document.documentElement;
followHeaderHeight();
setUpNotes();
holdDeepLink();

// Theme: system -> light -> dark -> system. Stored only when the reader chooses.
const toggle = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const themeLabel = (t: string | undefined) =>
  t === 'dark' ? 'Colour theme: dark' : t === 'light' ? 'Colour theme: light' : 'Colour theme: follows the system';
function setTheme(t: 'light' | 'dark' | undefined) {
  if (t) root.dataset.theme = t;
  else delete root.dataset.theme;
  try {
    if (t) localStorage.setItem('theme', t);
    else localStorage.removeItem('theme');
  } catch {
    /* private mode: the choice lasts for this page only */
  }
  toggle?.setAttribute('aria-label', themeLabel(t));
  document.dispatchEvent(new CustomEvent('themechange'));
}
if (toggle) {
  toggle.setAttribute('aria-label', themeLabel(root.dataset.theme));
  toggle.addEventListener('click', () => {
    const t = root.dataset.theme;
    setTheme(t === undefined ? 'light' : t === 'light' ? 'dark' : undefined);
  });
}

// Anchor links: a click also copies the full link, and says so.
document.addEventListener('click', (event) => {
  const a = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor-link, a.figure-number, a.aside-anchor, a.equation-number');
  if (!a || !navigator.clipboard) return;
  navigator.clipboard.writeText(a.href).then(
    () => flash(a, 'Link copied'),
    () => undefined,
  );
});
function flash(el: Element, text: string) {
  const tip = document.createElement('span');
  tip.className = 'copied-flash';
  tip.setAttribute('role', 'status');
  tip.textContent = text;
  el.after(tip);
  setTimeout(() => tip.remove(), 1500);
}

// The contents start closed (on a phone the text comes first); beside the text on a wide
// screen they are opened, which moves nothing since they lie in the left margin.
const toc = document.querySelector<HTMLDetailsElement>('details[data-toc]');
if (toc && window.matchMedia('(min-width: 1400px)').matches) toc.open = true;

// Mark the subsection being read in the table of contents.
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-toc-target]')];
if (tocLinks.length && 'IntersectionObserver' in window) {
  const byId = new Map(tocLinks.map((a) => [a.dataset.tocTarget!, a]));
  const io = new IntersectionObserver(
    (entries) => {
      for (const e of entries) {
        if (!e.isIntersecting) continue;
        tocLinks.forEach((a) => a.removeAttribute('aria-current'));
        byId.get(e.target.id)?.setAttribute('aria-current', 'location');
      }
    },
    { rootMargin: '0px 0px -70% 0px' },
  );
  byId.forEach((_, id) => {
    const h = document.getElementById(id);
    if (h) io.observe(h);
  });
}

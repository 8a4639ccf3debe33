// Search through Pagefind's JavaScript API with our own accessible form and result list
// (plain links, so keyboard and screen-reader use needs nothing special).
interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search: (q: string) => Promise<{ results: PagefindResult[] }>;
}

export async function runSearch(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = form.querySelector<HTMLInputElement>('input[name=q]')!;
  const status = document.querySelector<HTMLElement>('[data-search-status]')!;
  const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
  let pagefind: Pagefind | undefined;

  async function search(q: string) {
    list.replaceChildren();
    if (!q.trim()) {
      status.textContent = '';
      return;
    }
    try {
      // The bundle exists only after `pagefind` has indexed dist/; keep Vite from resolving it.
      const path = '/pagefind/pagefind.js';
      pagefind ??= (await import(/* @vite-ignore */ path)) as Pagefind;
    } catch {
      status.textContent = 'Search is not available on this copy of the site (the index was not built).';
      return;
    }
    const { results } = await pagefind.search(q);
    const data = await Promise.all(results.slice(0, 20).map((r) => r.data()));
    status.textContent = data.length === 0 ? `Nothing found for “${q}”.` : `${results.length} ${results.length === 1 ? 'page' : 'pages'} found for “${q}”.`;
    for (const d of data) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = d.url;
      a.textContent = d.meta.title ?? d.url;
      const p = document.createElement('p');
      p.innerHTML = d.excerpt; // Pagefind escapes page text and adds only <mark>.
      li.append(a, p);
      list.append(li);
    }
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const q = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', q);
    history.replaceState(null, '', url);
    void search(q);
  });
  const q = new URLSearchParams(location.search).get('q') ?? '';
  input.value = q;
  input.focus();
  if (q) await search(q);
}

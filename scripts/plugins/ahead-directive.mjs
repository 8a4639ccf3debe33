// Adds the `client:ahead` directive (src/figures/shared/client-ahead.ts): training figures
// hydrate about a screen before the reader reaches them, so their training worker is warm on
// arrival. Astro bundles the directive into each page inline, like its own client:visible.
export function aheadDirective() {
  return {
    name: 'continuity-ahead-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'ahead', entrypoint: './src/figures/shared/client-ahead.ts' });
      },
    },
  };
}

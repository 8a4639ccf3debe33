// Adds the `client:citation` directive (src/scripts/hydrate-on-citation.ts): hydrate an island
// on the reader's first approach to a citation. Astro bundles the directive into each page
// inline, like its own client:visible.
export function citationDirective() {
  return {
    name: 'continuity-citation-directive',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'citation', entrypoint: './src/scripts/hydrate-on-citation.ts' });
      },
    },
  };
}

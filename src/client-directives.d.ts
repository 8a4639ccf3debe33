// client:citation (scripts/plugins/citation-directive.mjs): hydrate on the first approach to a citation.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:citation'?: boolean;
  }
}

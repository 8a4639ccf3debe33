// Our hydration directives: client:citation (scripts/plugins/citation-directive.mjs): hydrate on
// the first approach to a citation; client:ahead (scripts/plugins/ahead-directive.mjs): training
// figures hydrate about a screen before they are seen.
import 'astro';

declare module 'astro' {
  interface AstroClientDirectives {
    'client:citation'?: boolean;
    'client:ahead'?: boolean;
  }
}

// The components every essay page may use without importing them.
import Figure from './Figure.astro';
import Cite from './Cite.astro';
import Aside from './Aside.astro';
import Equation from './Equation.astro';
import FigRef from './FigRef.astro';
import EqRef from './EqRef.astro';
import Bibliography from './Bibliography.astro';
import CiteThis from './CiteThis.astro';
import AllNotes from './AllNotes.astro';
import LinkingGuide from './LinkingGuide.astro';

export const mdxComponents = { Figure, Cite, Aside, Equation, FigRef, EqRef, Bibliography, CiteThis, AllNotes, LinkingGuide };

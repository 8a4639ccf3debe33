import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-eclipse',
  section: 'occlusion',
  title: 'An eclipse, in area and in pixels',
  caption:
    'The moon slides across the sun. The visible area changes smoothly; the count of visible pixels climbs in steps.',
  description:
    'A sun partly covered by a moon, a smooth curve of visible area over time and a staircase of visible pixels.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;

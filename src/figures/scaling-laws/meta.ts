import type { FigureMeta } from '../figure-meta';

const meta: FigureMeta = {
  id: 'fig-scaling-laws',
  section: 'introduction',
  title: 'Scaling laws, and a sweep you can run',
  caption:
    "Kaplan et al.'s fitted power laws for test loss against parameters, data and compute, on log-log axes; solid where the paper fitted them, dashed beyond. Below, small networks trained in your browser show the same kind of curve.",
  description:
    'Three straight lines on log-log axes falling from upper left to lower right: test loss as a power law in model size, dataset size and compute.',
  how: 'To be written with the live figure.',
  width: 'outset',
};

export default meta;

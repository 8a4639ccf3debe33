// The eleven figures in reading order. Numbers, titles, captions and text descriptions live
// here (one entry per figure, in src/figures/<name>/meta.ts) so that the essay pages, the
// /figures/ gallery and the "Cite this figure" blocks all say the same thing.
import type { FigureMeta } from './figure-meta';
import scalingLaws from './scaling-laws/meta';
import universalApproximation from './universal-approximation/meta';
import cubePixels from './cube-pixels/meta';
import cubeSymmetry from './cube-symmetry/meta';
import rigidTransforms from './rigid-transforms/meta';
import eclipse from './eclipse/meta';
import poseFromPixels from './pose-from-pixels/meta';
import latentInterpolation from './latent-interpolation/meta';
import stepApproximation from './step-approximation/meta';
import manyDiscontinuities from './many-discontinuities/meta';
import hardThreshold from './hard-threshold/meta';

export const figures: readonly FigureMeta[] = [
  scalingLaws,
  universalApproximation,
  cubePixels,
  cubeSymmetry,
  rigidTransforms,
  eclipse,
  poseFromPixels,
  latentInterpolation,
  stepApproximation,
  manyDiscontinuities,
  hardThreshold,
];

export function figureNumber(id: string): number {
  const i = figures.findIndex((f) => f.id === id);
  if (i < 0) throw new Error(`Unknown figure id "${id}" (add it to src/figures/catalog.ts)`);
  return i + 1;
}

export function figureMeta(id: string): FigureMeta {
  return figures[figureNumber(id) - 1];
}

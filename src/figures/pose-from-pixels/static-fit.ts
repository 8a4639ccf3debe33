// Build time only (imported by PoseFromPixels.astro): trains the default run once (about 1 s
// on the build's tfjs backend, shared/build-time-tf: wasm, else cpu), so the server-rendered
// picture shows the trained network's predictions. Computed once per build (the figure
// appears on more than one page). If TensorFlow.js cannot run here, the picture shows the
// plot without predictions instead.
import { POSE, poseLinkSchema, type PoseSettings } from '@/lib/experiments/pose-from-pixels';
import { defaultValues } from '@/lib/state/link-state';
import { buildTimeTf, once } from '@/figures/shared/build-time-tf';

export interface StaticPoseFit {
  settings: PoseSettings;
  step: number;
  steps: number;
  loss: number;
  /** Predicted angles at poseTestAngles(), rounded to 0.01 degree. */
  predicted: number[];
  seamError: number;
  bulkError: number;
}

export function staticPoseFit(): Promise<StaticPoseFit | null> {
  return once('fig-pose-from-pixels', async () => {
    try {
      await buildTimeTf();
      const { createPoseExperiment } = await import('@/lib/experiments/pose-from-pixels-training');
      const settings = defaultValues(poseLinkSchema);
      const exp = createPoseExperiment(settings);
      try {
        exp.train(POSE.steps);
        const s = exp.snapshot();
        return {
          settings,
          step: s.step,
          steps: POSE.steps,
          loss: s.loss,
          predicted: s.predicted.map((v) => Math.round(v * 100) / 100),
          seamError: s.seamError,
          bulkError: s.bulkError,
        };
      } finally {
        exp.dispose();
      }
    } catch (err) {
      console.warn(`fig-pose-from-pixels: build-time training failed (${String(err).slice(0, 200)}); the static picture shows no predictions.`);
      return null;
    }
  });
}

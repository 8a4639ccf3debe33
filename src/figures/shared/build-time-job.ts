// Build time only: runs one of the worker's training jobs (src/workers/jobs) in Node, through
// the same job runner the worker uses, so a figure's static picture is the live default run
// computed by the very same code (no copy of the training). Memoised and serialised by key
// with the other build-time computations (./build-time-tf once()), so the one-page edition
// and a section page share one run.
import { createJobRunner } from '@/workers/run-job';
import { jobs } from '@/workers/jobs';
import { once } from './build-time-tf';

/**
 * The final data of job `job` run with `params` (what the worker sends as 'converged'), or
 * null, with one warning line naming `key`, when it cannot run here (then the figure's
 * static picture shows it untrained, as before). `key` memoises: one run per build.
 */
export function buildTimeJob<T>(key: string, job: string, params: unknown): Promise<T | null> {
  return once(key, async () => {
    let result: T | null = null;
    let failure = '';
    // Progress is not wanted at build time; the runner still throttles what the job sends.
    const runner = createJobRunner({
      jobs,
      progressInterval: Number.POSITIVE_INFINITY,
      post: (message) => {
        if (message.type === 'converged') result = message.data as T;
        else if (message.type === 'error') failure = message.message;
        else if (message.type === 'stopped') failure = 'the run stopped';
      },
    });
    await runner.handle({ type: 'start', runId: 1, job, params });
    if (result === null) console.warn(`${key}: build-time training failed (${(failure || 'no result').slice(0, 200)}); the static picture shows no result.`);
    return result;
  });
}

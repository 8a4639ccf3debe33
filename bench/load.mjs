// The benchmark's load: busy-loop child processes, one per core but one (on this 2-core
// machine, one: "a hog on the other core"). Why processes and not Chromium's CPU throttling
// (Emulation.setCPUThrottlingRate 4x): a busy laptop is other programs competing for the
// cores, and what breaks under it is the contention between the page's main thread, its
// training worker and the compositor, which the operating system's scheduler decides; the
// DevTools throttle slows the page's main thread alone, in a fixed ratio, and leaves that
// contention out. Lighthouse's own mobile score already simulates a 4x slower CPU on top.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

/** Starts `count` hogs; returns a function that ends them (by their own process ids). */
export function startHogs(count = Math.max(1, availableParallelism() - 1)) {
  const hogs = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
  return () => {
    for (const h of hogs) if (h.exitCode === null) h.kill('SIGKILL');
  };
}

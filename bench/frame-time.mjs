// Main-thread time per rendered frame, from a Chromium trace: what "a frame in under 8 ms of
// main-thread time" means. The harness's own round trips (a CDP call per mouse move) fall
// between frames and are not counted; the figure's input handling, script, style, layout
// and paint inside a frame are.

export const FRAME_TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'];

/**
 * @param {Buffer|string} trace the JSON of browser.stopTracing()
 * @param {string} mark a performance.measure name the figure records once per render
 * @returns {number[]} busy milliseconds of each frame in which the figure rendered
 */
export function renderedFrameTimes(trace, mark) {
  const events = JSON.parse(String(trace)).traceEvents;
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  if (!main) return [];
  const tasks = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.name === 'RunTask');
  const renders = events.filter((e) => e.name === mark && e.ph === 'b').map((e) => e.ts);
  // Blink's "AnimationFrame" async slices span a frame from its first task (the input event)
  // to the end of its rendering update.
  const open = new Map();
  const frames = [];
  for (const e of events.filter((x) => x.name === 'AnimationFrame' && (x.ph === 'b' || x.ph === 'e')).sort((a, b) => a.ts - b.ts)) {
    const id = e.id2?.local ?? e.id;
    if (e.ph === 'b') open.set(id, e.ts);
    else if (open.has(id)) frames.push([open.get(id), e.ts]);
  }
  return frames
    .filter(([s, t]) => renders.some((r) => r >= s && r <= t))
    .map(([s, t]) => {
      let busy = 0;
      for (const k of tasks) busy += Math.max(0, Math.min(t, k.ts + k.dur) - Math.max(s, k.ts));
      return busy / 1000;
    });
}

// Build-time data handed to an island, made plain again. Astro's Svelte client passes an
// island's props through $state (node_modules/@astrojs/svelte/dist/client.svelte.js:
// `let propsState = $state(props)`), so every array in them reaches the component as a deep
// reactive proxy: each element read goes through the proxy's get trap. A figure that loops
// over such an array on every update pays that on every read, and the loops it shares with
// live data (rmsDistance over typed arrays) lose their fast path. Measured on
// fig-latent-interpolation with the CPU throttled 4x: hydration was one 1.2 s task and every
// training update a 50-120 ms task, almost all of it rmsDistance reading proxied frames.

/**
 * A plain deep copy of an island prop read once at set-up (proxies unwrapped; typed arrays,
 * numbers and strings kept as they are). Call it untracked, where the component reads the
 * prop: `const staticRun = plainProp(untrack(() => initial))`.
 */
export function plainProp<T>(value: T): T {
  return $state.snapshot(value) as T;
}

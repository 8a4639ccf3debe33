// A regl view only while its figure is near the screen (browsers keep about 8-16 live WebGL
// contexts per page, and the one-page edition holds every figure).
//
//   const view = reglLifecycle({ container, scene: () => import('./cube.regl'), onstatus });
//   view.setVisible(true)   // canvas + context, then regl and the scene (loaded on first use)
//   view.redraw()           // the scene's draw (no-op while not live)
//   view.setVisible(false)  // regl.destroy(), WEBGL_lose_context.loseContext(), canvas removed
//   view.dispose()          // the same, for good (component teardown)
//
// regl, the precompiled code table and the scene module are loaded with a dynamic import
// when a view is first created, so a page's first load never pays for them. Creating the
// view is split into tasks (context; regl's own procedures; the scene's commands; the first
// frame) with a yield between each, because regl hashes every generated procedure in plain
// JavaScript: one task for all of it blocked input for 30-130 ms on a slow machine.
//
// Status: 'off' (not near the screen: the figure shows its static picture), 'loading',
// 'live', 'lost' (the browser took the context away; we wait for 'webglcontextrestored'),
// 'unsupported' (no WebGL at all), 'uncompiled' (a command missing from the precompiled
// table: see regl-cache.ts), 'error' (its code failed to load; tried again when the figure
// next comes near). `notice` is one line for the reader.
import type { Regl } from '@plotly/regl';
import type { ReglCodeTable } from './regl-cache';
import { followCanvasBox } from './canvas-size';

export type GlStatus = 'off' | 'loading' | 'live' | 'lost' | 'unsupported' | 'uncompiled' | 'error';

export interface GlScene {
  /** Draw one frame at the drawing buffer's current size. */
  draw: () => void;
  /** Free anything made outside regl (regl's own resources go with regl.destroy()). */
  dispose?: () => void;
}

/** A regl scene module's default export: creates every command the scene uses. */
export type ReglSceneFactory<S extends GlScene> = (regl: Regl) => S;

export interface ReglLifecycleOptions<S extends GlScene> {
  container: HTMLElement;
  /** Loads the scene (a dynamic import of a `*.regl.ts` module, or a factory built on one). */
  scene: () => Promise<ReglSceneFactory<S>>;
  onstatus?: (status: GlStatus, notice: string) => void;
  attributes?: WebGLContextAttributes;
  /** Class and label of the canvas it creates. */
  canvasClass?: string;
  canvasLabel?: string;
}

export interface ReglLifecycle<S extends GlScene> {
  setVisible(visible: boolean): void;
  redraw(): void;
  dispose(): void;
  readonly status: GlStatus;
  /** The live regl and scene, or null. */
  readonly regl: Regl | null;
  readonly scene: S | null;
  readonly canvas: HTMLCanvasElement | null;
}

export const GL_NOTICES: Record<GlStatus, string> = {
  off: '',
  loading: '',
  live: '',
  lost: 'The WebGL context was lost: showing the static picture until it comes back.',
  unsupported: 'WebGL is not available: showing the static picture.',
  uncompiled: 'This build lacks the live view’s precompiled drawing code: showing the static picture.',
  error: 'The live view could not be loaded: showing the static picture.',
};

interface ReglRuntime {
  createFigureRegl: (gl: WebGLRenderingContext, cache: ReglCodeTable) => Regl;
  strictReglCache: (table: ReglCodeTable) => ReglCodeTable;
  isCacheMiss: (e: unknown) => boolean;
  table: ReglCodeTable;
}

let runtime: Promise<ReglRuntime> | null = null;
/** regl, its strict cache and the precompiled table: one lazy chunk, loaded once per page. */
function loadRuntime(): Promise<ReglRuntime> {
  runtime ??= Promise.all([import('./regl-cache'), import('./regl-precompiled')]).then(([cache, pre]) => ({
    createFigureRegl: cache.createFigureRegl,
    strictReglCache: cache.strictReglCache,
    isCacheMiss: (e: unknown) => e instanceof cache.ReglCacheMiss,
    table: pre.default,
  }));
  runtime.catch(() => (runtime = null)); // a failed download may be retried on the next creation
  return runtime;
}

/** Runs one step of a view's creation, marked in the performance timeline (traces, the benchmark). */
function step<T>(name: string, f: () => T): T {
  const t0 = performance.now();
  try {
    return f();
  } finally {
    performance.measure?.(`regl-view:${name}`, { start: t0, end: performance.now() });
  }
}

/** Gives the main thread back (input, paint) between the steps of a view's creation. */
function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return s?.yield ? s.yield() : new Promise((r) => setTimeout(r, 0));
}

export function reglLifecycle<S extends GlScene>(opt: ReglLifecycleOptions<S>): ReglLifecycle<S> {
  let status: GlStatus = 'off';
  let canvas: HTMLCanvasElement | null = null;
  let gl: WebGLRenderingContext | null = null;
  let regl: Regl | null = null;
  let scene: S | null = null;
  let unfollow: (() => void) | null = null;
  // Bumped whenever a creation in flight must stop (release, dispose, loss).
  let generation = 0;
  let disposed = false;

  const set = (s: GlStatus) => {
    if (s === status) return;
    status = s;
    opt.onstatus?.(s, GL_NOTICES[s]);
  };

  /** Frees regl and the scene (their resources, regl's own listeners), keeping the context. */
  function teardown() {
    try {
      scene?.dispose?.();
      regl?.destroy();
    } catch {
      /* a lost context frees nothing; its loss already did */
    }
    scene = null;
    regl = null;
  }

  /** regl and the scene on the current context, a task per step; false if superseded. */
  async function build(): Promise<boolean> {
    const mine = ++generation;
    const stale = () => mine !== generation || disposed || !gl;
    let rt: ReglRuntime;
    let factory: ReglSceneFactory<S>;
    try {
      [rt, factory] = await Promise.all([loadRuntime(), opt.scene()]);
    } catch (e) {
      console.warn(`regl view: ${String(e)}`);
      if (!stale()) fail('error');
      return false;
    }
    if (stale()) return false;
    await yieldToMain();
    if (stale()) return false;
    try {
      regl = step('regl', () => rt.createFigureRegl(gl!, rt.strictReglCache(rt.table)));
      await yieldToMain();
      if (stale()) return false;
      const r = regl;
      scene = step('scene', () => factory(r));
    } catch (e) {
      if (stale()) return false;
      if (rt.isCacheMiss(e)) console.warn(String(e));
      fail(rt.isCacheMiss(e) ? 'uncompiled' : gl!.isContextLost() ? 'lost' : 'unsupported');
      return false;
    }
    await yieldToMain();
    if (stale()) return false;
    set('live');
    step('first-frame', draw);
    return true;
  }

  function fail(s: GlStatus) {
    teardown();
    if (s !== 'lost') releaseContext();
    set(s);
  }

  function draw() {
    if (status !== 'live' || !scene) return;
    try {
      scene.draw();
    } catch {
      /* a context lost mid-frame reports through its event */
    }
  }

  function onLost(e: Event) {
    e.preventDefault(); // tells the browser we want the context back
    generation++;
    // Destroy this regl now: left alive, its own restore handler would rebuild the
    // abandoned instance's buffers and programs beside the new one.
    teardown();
    set('lost');
  }

  function onRestored() {
    if (disposed || !gl) return;
    void build();
  }

  async function create() {
    if (disposed) return;
    const mine = ++generation;
    set('loading');
    // Not in the task that asked (often the figure's hydration): a context can take a while.
    await yieldToMain();
    if (mine !== generation || disposed) return;
    const c = document.createElement('canvas');
    if (opt.canvasClass) c.className = opt.canvasClass;
    if (opt.canvasLabel) c.setAttribute('aria-label', opt.canvasLabel);
    else c.setAttribute('aria-hidden', 'true');
    // A WebGL drawing buffer does not survive into print (an empty or black box): print
    // styles hide it, and the figure prints its static picture ([data-print-picture]).
    c.dataset.screenOnly = '';
    let context: WebGLRenderingContext | null = null;
    try {
      context = step('context', () => c.getContext('webgl', { antialias: true, alpha: true, preserveDrawingBuffer: false, ...opt.attributes }));
    } catch {
      context = null;
    }
    if (!context) {
      set('unsupported');
      return;
    }
    canvas = c;
    gl = context;
    c.addEventListener('webglcontextlost', onLost);
    c.addEventListener('webglcontextrestored', onRestored);
    opt.container.appendChild(c);
    // The backing store follows the box (and the device pixel ratio); a resize clears it.
    unfollow = followCanvasBox(c, () => draw());
    await build();
  }

  function releaseContext() {
    unfollow?.();
    unfollow = null;
    try {
      gl?.getExtension('WEBGL_lose_context')?.loseContext();
    } catch {
      /* already gone */
    }
    canvas?.removeEventListener('webglcontextlost', onLost);
    canvas?.removeEventListener('webglcontextrestored', onRestored);
    canvas?.remove();
    canvas = null;
    gl = null;
  }

  function release() {
    generation++;
    teardown();
    releaseContext();
  }

  return {
    setVisible(visible: boolean) {
      if (disposed) return;
      if (visible && (status === 'off' || status === 'error')) void create();
      else if (!visible && (status === 'live' || status === 'lost' || status === 'loading')) {
        release();
        set('off');
      }
    },
    redraw: draw,
    dispose() {
      release();
      disposed = true;
    },
    get status() {
      return status;
    },
    get regl() {
      return regl;
    },
    get scene() {
      return scene;
    },
    get canvas() {
      return canvas;
    },
  };
}

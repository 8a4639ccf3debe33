// A WebGL context only while its figure is near the screen (browsers keep only about 8-16
// live contexts per page, and the one-page edition holds every figure).
//
//   const gl = reglLifecycle({ container, setup, onstatus });
//   gl.setVisible(true)   // creates a canvas in `container` and a context; calls setup(gl, own)
//   gl.redraw()           // calls the draw function setup returned (no-op while not live)
//   gl.setVisible(false)  // regl.destroy(), then WEBGL_lose_context.loseContext(), canvas removed
//   gl.dispose()          // the same, for good (component teardown)
//
// setup may draw with raw WebGL, or create regl on the context (createREGL({ gl })) and hand
// it to own(regl) so that it is destroyed with the context.
// Note: regl compiles its commands with Function(), which a Content-Security-Policy without
// 'unsafe-eval' refuses (regl-project/regl#491); under such a policy use raw WebGL.
// Status: 'off' (not near the screen: the figure shows its static picture), 'live',
// 'lost' (the browser took the context away; we wait for 'webglcontextrestored' and resume),
// 'unsupported' (no WebGL at all: keep the static picture). `notice` is one line for the reader.
import type { Regl } from 'regl';

export type GlStatus = 'off' | 'live' | 'lost' | 'unsupported';

export interface GlScene {
  /** Draw one frame. */
  draw: () => void;
  /** Free anything setup made outside regl (regl's own resources go with regl.destroy()). */
  dispose?: () => void;
}

export interface ReglLifecycleOptions {
  container: HTMLElement;
  /** Builds the scene once per context (again after a restore). */
  setup: (gl: WebGLRenderingContext, own: (regl: Regl) => Regl) => GlScene;
  onstatus?: (status: GlStatus, notice: string) => void;
  attributes?: WebGLContextAttributes;
  /** Class and label of the canvas it creates. */
  canvasClass?: string;
  canvasLabel?: string;
}

export interface ReglLifecycle {
  setVisible(visible: boolean): void;
  redraw(): void;
  dispose(): void;
  readonly status: GlStatus;
  /** The live regl and scene, or null. */
  readonly regl: Regl | null;
  readonly canvas: HTMLCanvasElement | null;
}

export const GL_NOTICES: Record<GlStatus, string> = {
  off: '',
  live: '',
  lost: 'The WebGL context was lost: showing the static picture until it comes back.',
  unsupported: 'WebGL is not available: showing the static picture.',
};

export function reglLifecycle(opt: ReglLifecycleOptions): ReglLifecycle {
  let status: GlStatus = 'off';
  let canvas: HTMLCanvasElement | null = null;
  let gl: WebGLRenderingContext | null = null;
  let regl: Regl | null = null;
  let scene: GlScene | null = null;
  let releasing = false;
  let disposed = false;

  const set = (s: GlStatus) => {
    status = s;
    opt.onstatus?.(s, GL_NOTICES[s]);
  };

  function build(): boolean {
    if (!gl) return false;
    const context = gl;
    try {
      scene = opt.setup(context, (r) => (regl = r));
      return true;
    } catch {
      regl = null;
      scene = null;
      return false;
    }
  }

  function onLost(e: Event) {
    e.preventDefault(); // tells the browser we want the context back
    if (releasing) return;
    scene = null;
    regl = null; // its resources died with the context; destroy() would touch dead objects
    set('lost');
  }

  function onRestored() {
    if (releasing || disposed) return;
    if (build()) {
      set('live');
      scene?.draw();
    } else set('unsupported');
  }

  function create() {
    if (status === 'unsupported' || disposed) return;
    canvas = document.createElement('canvas');
    if (opt.canvasClass) canvas.className = opt.canvasClass;
    if (opt.canvasLabel) canvas.setAttribute('aria-label', opt.canvasLabel);
    canvas.setAttribute('aria-hidden', opt.canvasLabel ? 'false' : 'true');
    // A WebGL drawing buffer does not survive into print (an empty or black box): print.css
    // hides the canvas, and the figure prints its static picture ([data-print-picture]).
    canvas.dataset.screenOnly = '';
    const rect = opt.container.getBoundingClientRect();
    const dpr = Math.min(2, window.devicePixelRatio || 1);
    canvas.width = Math.max(1, Math.round(rect.width * dpr));
    canvas.height = Math.max(1, Math.round(rect.height * dpr));
    canvas.addEventListener('webglcontextlost', onLost);
    canvas.addEventListener('webglcontextrestored', onRestored);
    let context: WebGLRenderingContext | null = null;
    try {
      context = canvas.getContext('webgl', { antialias: true, alpha: true, preserveDrawingBuffer: false, ...opt.attributes });
    } catch {
      context = null;
    }
    if (!context) {
      canvas = null;
      set('unsupported');
      return;
    }
    gl = context;
    opt.container.appendChild(canvas);
    if (build()) {
      set('live');
      scene?.draw();
    } else {
      release();
      set('unsupported');
    }
  }

  function release() {
    releasing = true;
    try {
      scene?.dispose?.();
      regl?.destroy();
    } catch {
      /* a lost context cannot free anything; the loss below frees it all */
    }
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
    regl = null;
    scene = null;
    releasing = false;
  }

  return {
    setVisible(visible: boolean) {
      if (disposed) return;
      if (visible && status === 'off') create();
      else if (!visible && (status === 'live' || status === 'lost')) {
        release();
        set('off');
      }
    },
    redraw() {
      if (status === 'live' && scene) {
        try {
          scene.draw();
        } catch {
          /* a context lost mid-frame reports through the event */
        }
      }
    },
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
    get canvas() {
      return canvas;
    },
  };
}

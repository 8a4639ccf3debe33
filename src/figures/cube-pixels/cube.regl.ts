// The cube in regl: the exact rasteriser's camera matrices and face shades
// (src/lib/geometry), drawn at full resolution with the browser's anti-aliasing, and a
// face-id pass into an N x N framebuffer without anti-aliasing for the cross-check.
// A regl scene module (`*.regl.ts`): its default export creates every command the scene
// uses, and scripts/regl-codegen.mjs precompiles them by calling it once.
import type { Framebuffer2D, Regl } from '@plotly/regl';
import { CUBE_FACES, applyMat3, faceShade, modelMatrix, projectionMatrix, viewMatrix, type Mat3 } from '@/lib/geometry';
import type { GlScene } from '../shared/regl-lifecycle';

export interface CubeScene extends GlScene {
  /** Face ids (1 + id, 0 for background) of an N x N render, row 0 on top, like the rasteriser. */
  faceIds: (n: number) => Uint8Array;
}

interface CubeProps {
  model: Float32Array;
  view: Float32Array;
  projection: Float32Array;
  shades: Float32Array;
  idPass: number;
  framebuffer: Framebuffer2D | null;
}

const VERT = `
precision highp float;
attribute vec3 position;
attribute float face;
uniform mat4 model, view, projection;
uniform float shades[6];
uniform float idPass;
varying vec3 vColour;
void main() {
  float s = shades[0];
  if (face > 4.5) s = shades[5];
  else if (face > 3.5) s = shades[4];
  else if (face > 2.5) s = shades[3];
  else if (face > 1.5) s = shades[2];
  else if (face > 0.5) s = shades[1];
  vColour = idPass > 0.5 ? vec3((face + 1.0) / 255.0, 0.0, 0.0) : vec3(s);
  gl_Position = projection * view * model * vec4(position, 1.0);
}`;

const FRAG = `
precision mediump float;
varying vec3 vColour;
void main() { gl_FragColor = vec4(vColour, 1.0); }`;

const IDENTITY: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const BLACK = [0, 0, 0, 1] as [number, number, number, number];

/** Two triangles per face, each vertex tagged with its face id. */
function cubeMesh(): { positions: number[][]; faces: number[] } {
  const positions: number[][] = [];
  const faces: number[] = [];
  for (const f of CUBE_FACES) {
    const [a, b, c, d] = f.corners;
    for (const p of [a, b, c, a, c, d]) {
      positions.push([p![0], p![1], p![2]]);
      faces.push(f.id);
    }
  }
  return { positions, faces };
}

/** `getR` gives the body-to-world rotation at draw time (row-major 3 x 3). */
export default function cubeScene(regl: Regl, getR: () => Mat3 = () => IDENTITY): CubeScene {
  const { positions, faces } = cubeMesh();
  const shadeUniforms = Object.fromEntries(CUBE_FACES.map((_, i) => [`shades[${i}]`, regl.prop<CubeProps, 'shades'>(`shades[${i}]` as 'shades')]));
  const drawCube = regl<Record<string, unknown>, Record<string, unknown>, CubeProps>({
    vert: VERT,
    frag: FRAG,
    attributes: { position: regl.buffer(positions), face: regl.buffer(faces) },
    uniforms: {
      // Every uniform comes from props: regl writes a constant uniform's numbers into the
      // generated code, and a last-digit difference in Math.tan on another engine would then
      // miss the precompiled table.
      model: regl.prop<CubeProps, 'model'>('model'),
      view: regl.prop<CubeProps, 'view'>('view'),
      projection: regl.prop<CubeProps, 'projection'>('projection'),
      idPass: regl.prop<CubeProps, 'idPass'>('idPass'),
      ...shadeUniforms,
    },
    count: positions.length,
    depth: { enable: true },
    cull: { enable: true, face: 'back' },
    frontFace: 'ccw',
    framebuffer: regl.prop<CubeProps, 'framebuffer'>('framebuffer'),
  });

  const view = viewMatrix();
  const projection = projectionMatrix();
  const props = (idPass: number, framebuffer: Framebuffer2D | null): CubeProps => {
    const R = getR();
    return {
      model: modelMatrix(R),
      view,
      projection,
      shades: new Float32Array(CUBE_FACES.map((f) => faceShade(applyMat3(R, f.normal)))),
      idPass,
      framebuffer,
    };
  };

  let fbo: Framebuffer2D | null = null;
  let fboSize = 0;

  return {
    draw() {
      // The drawing buffer may have been resized since the last frame: poll updates the viewport.
      regl.poll();
      regl.clear({ color: BLACK, depth: 1 });
      drawCube(props(0, null));
    },
    faceIds(n: number) {
      if (!fbo) fbo = regl.framebuffer({ width: n, height: n, depth: true, stencil: false });
      else if (fboSize !== n) fbo.resize(n, n);
      fboSize = n;
      regl.clear({ color: BLACK, depth: 1, framebuffer: fbo });
      drawCube(props(1, fbo));
      const pixels = regl.read({ framebuffer: fbo }) as Uint8Array;
      // GL rows run bottom-up; the rasteriser's row 0 is the top.
      const ids = new Uint8Array(n * n);
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) ids[r * n + c] = pixels[((n - 1 - r) * n + c) * 4]!;
      return ids;
    },
  };
}

// The regl view of the cube: the same camera matrices and face shades as the exact
// rasteriser (src/lib/geometry), drawn at full resolution with the browser's anti-aliasing,
// and a face-id pass into an N x N framebuffer without anti-aliasing for the cross-check.
import type { Regl } from 'regl';
import {
  CUBE_FACES,
  applyMat3,
  faceShade,
  modelMatrix,
  projectionMatrix,
  viewMatrix,
  type Mat3,
} from '@/lib/geometry';

export interface CubeScene {
  draw: () => void;
  /** Face ids (1 + id, 0 for background) of an N x N render, row 0 on top, like the rasteriser. */
  faceIds: (n: number) => Uint8Array;
  dispose: () => void;
}

const vert = `
precision highp float;
attribute vec3 position;
attribute float face;
uniform mat4 model, view, projection;
uniform vec3 colours[6];
uniform float idPass;
varying vec3 vColour;
void main() {
  int f = int(face + 0.5);
  vec3 c = colours[0];
  if (f == 1) c = colours[1];
  else if (f == 2) c = colours[2];
  else if (f == 3) c = colours[3];
  else if (f == 4) c = colours[4];
  else if (f == 5) c = colours[5];
  vColour = idPass > 0.5 ? vec3((face + 1.0) / 255.0, 0.0, 0.0) : c;
  gl_Position = projection * view * model * vec4(position, 1.0);
}`;

const frag = `
precision mediump float;
varying vec3 vColour;
void main() { gl_FragColor = vec4(vColour, 1.0); }`;

export function cubeScene(regl: Regl, getR: () => Mat3): CubeScene {
  const positions: number[] = [];
  const faces: number[] = [];
  for (const f of CUBE_FACES) {
    const [a, b, c, d] = f.corners;
    for (const p of [a, b, c, a, c, d]) {
      positions.push(p![0], p![1], p![2]);
      faces.push(f.id);
    }
  }
  const projection = projectionMatrix();
  const view = viewMatrix();
  const colours = (R: Mat3) => {
    const out: Record<string, number[]> = {};
    CUBE_FACES.forEach((f, i) => {
      const s = faceShade(applyMat3(R, f.normal));
      out[`colours[${i}]`] = [s, s, s];
    });
    return out;
  };
  const uniforms: Record<string, unknown> = {
    model: () => modelMatrix(getR()),
    view,
    projection,
    idPass: regl.prop<{ idPass: number }, 'idPass'>('idPass'),
  };
  for (let i = 0; i < 6; i++) uniforms[`colours[${i}]`] = () => colours(getR())[`colours[${i}]`];

  const drawCube = regl({
    vert,
    frag,
    attributes: { position: positions, face: faces },
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    uniforms: uniforms as any,
    count: positions.length / 3,
    cull: { enable: true, face: 'back' },
    frontFace: 'ccw',
    depth: { enable: true },
  });

  let fbo: ReturnType<Regl['framebuffer']> | null = null;
  let fboSize = 0;

  return {
    draw() {
      regl.poll();
      regl.clear({ color: [0, 0, 0, 1], depth: 1 });
      drawCube({ idPass: 0 });
    },
    faceIds(n: number) {
      if (!fbo || fboSize !== n) {
        fbo?.destroy();
        fbo = regl.framebuffer({ width: n, height: n, depth: true });
        fboSize = n;
      }
      let pixels = new Uint8Array(n * n * 4);
      regl({ framebuffer: fbo })(() => {
        regl.clear({ color: [0, 0, 0, 1], depth: 1 });
        drawCube({ idPass: 1 });
        pixels = regl.read({ x: 0, y: 0, width: n, height: n }) as Uint8Array;
      });
      // GL rows run bottom-up; the rasteriser's row 0 is the top.
      const ids = new Uint8Array(n * n);
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) ids[r * n + c] = pixels[((n - 1 - r) * n + c) * 4]!;
      return ids;
    },
    dispose() {
      fbo?.destroy();
      fbo = null;
    },
  };
}

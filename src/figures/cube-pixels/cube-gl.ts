// The WebGL view of the cube: the same camera matrices and face shades as the exact
// rasteriser (src/lib/geometry), drawn at full resolution with the browser's anti-aliasing,
// and a face-id pass into an N x N framebuffer without anti-aliasing for the cross-check.
// Raw WebGL rather than regl: regl builds its commands with Function(), which the site's
// Content-Security-Policy (no 'unsafe-eval') refuses.
import { CUBE_FACES, applyMat3, faceShade, modelMatrix, projectionMatrix, viewMatrix, type Mat3 } from '@/lib/geometry';

export interface CubeScene {
  draw: () => void;
  /** Face ids (1 + id, 0 for background) of an N x N render, row 0 on top, like the rasteriser. */
  faceIds: (n: number) => Uint8Array;
  dispose: () => void;
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

function compile(gl: WebGLRenderingContext, type: number, src: string): WebGLShader {
  const sh = gl.createShader(type)!;
  gl.shaderSource(sh, src);
  gl.compileShader(sh);
  if (!gl.getShaderParameter(sh, gl.COMPILE_STATUS) && !gl.isContextLost()) throw new Error(gl.getShaderInfoLog(sh) ?? 'shader');
  return sh;
}

export function cubeScene(gl: WebGLRenderingContext, getR: () => Mat3): CubeScene {
  const positions: number[] = [];
  const faces: number[] = [];
  for (const f of CUBE_FACES) {
    const [a, b, c, d] = f.corners;
    for (const p of [a, b, c, a, c, d]) {
      positions.push(p![0], p![1], p![2]);
      faces.push(f.id);
    }
  }
  const program = gl.createProgram()!;
  gl.attachShader(program, compile(gl, gl.VERTEX_SHADER, VERT));
  gl.attachShader(program, compile(gl, gl.FRAGMENT_SHADER, FRAG));
  gl.linkProgram(program);
  if (!gl.getProgramParameter(program, gl.LINK_STATUS) && !gl.isContextLost()) throw new Error(gl.getProgramInfoLog(program) ?? 'link');
  const posBuf = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, posBuf);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(positions), gl.STATIC_DRAW);
  const faceBuf = gl.createBuffer();
  gl.bindBuffer(gl.ARRAY_BUFFER, faceBuf);
  gl.bufferData(gl.ARRAY_BUFFER, new Float32Array(faces), gl.STATIC_DRAW);
  const aPos = gl.getAttribLocation(program, 'position');
  const aFace = gl.getAttribLocation(program, 'face');
  const u = (name: string) => gl.getUniformLocation(program, name);
  const uModel = u('model'), uView = u('view'), uProj = u('projection'), uShades = u('shades'), uId = u('idPass');
  const projection = projectionMatrix();
  const view = viewMatrix();
  const count = positions.length / 3;

  function drawCube(idPass: boolean, width: number, height: number) {
    const R = getR();
    gl.viewport(0, 0, width, height);
    gl.clearColor(0, 0, 0, 1);
    gl.clearDepth(1);
    gl.clear(gl.COLOR_BUFFER_BIT | gl.DEPTH_BUFFER_BIT);
    gl.enable(gl.CULL_FACE);
    gl.cullFace(gl.BACK);
    gl.frontFace(gl.CCW);
    gl.enable(gl.DEPTH_TEST);
    gl.useProgram(program);
    gl.bindBuffer(gl.ARRAY_BUFFER, posBuf);
    gl.enableVertexAttribArray(aPos);
    gl.vertexAttribPointer(aPos, 3, gl.FLOAT, false, 0, 0);
    gl.bindBuffer(gl.ARRAY_BUFFER, faceBuf);
    gl.enableVertexAttribArray(aFace);
    gl.vertexAttribPointer(aFace, 1, gl.FLOAT, false, 0, 0);
    gl.uniformMatrix4fv(uModel, false, modelMatrix(R));
    gl.uniformMatrix4fv(uView, false, view);
    gl.uniformMatrix4fv(uProj, false, projection);
    gl.uniform1fv(uShades, new Float32Array(CUBE_FACES.map((f) => faceShade(applyMat3(R, f.normal)))));
    gl.uniform1f(uId, idPass ? 1 : 0);
    gl.drawArrays(gl.TRIANGLES, 0, count);
  }

  let fbo: WebGLFramebuffer | null = null;
  let tex: WebGLTexture | null = null;
  let depth: WebGLRenderbuffer | null = null;
  let fboSize = 0;

  function freeFbo() {
    if (fbo) gl.deleteFramebuffer(fbo);
    if (tex) gl.deleteTexture(tex);
    if (depth) gl.deleteRenderbuffer(depth);
    fbo = tex = depth = null;
    fboSize = 0;
  }

  return {
    draw() {
      drawCube(false, gl.drawingBufferWidth, gl.drawingBufferHeight);
    },
    faceIds(n: number) {
      if (!fbo || fboSize !== n) {
        freeFbo();
        tex = gl.createTexture();
        gl.bindTexture(gl.TEXTURE_2D, tex);
        gl.texImage2D(gl.TEXTURE_2D, 0, gl.RGBA, n, n, 0, gl.RGBA, gl.UNSIGNED_BYTE, null);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MIN_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_MAG_FILTER, gl.NEAREST);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_S, gl.CLAMP_TO_EDGE);
        gl.texParameteri(gl.TEXTURE_2D, gl.TEXTURE_WRAP_T, gl.CLAMP_TO_EDGE);
        depth = gl.createRenderbuffer();
        gl.bindRenderbuffer(gl.RENDERBUFFER, depth);
        gl.renderbufferStorage(gl.RENDERBUFFER, gl.DEPTH_COMPONENT16, n, n);
        fbo = gl.createFramebuffer();
        gl.bindFramebuffer(gl.FRAMEBUFFER, fbo);
        gl.framebufferTexture2D(gl.FRAMEBUFFER, gl.COLOR_ATTACHMENT0, gl.TEXTURE_2D, tex, 0);
        gl.framebufferRenderbuffer(gl.FRAMEBUFFER, gl.DEPTH_ATTACHMENT, gl.RENDERBUFFER, depth);
        fboSize = n;
      }
      gl.bindFramebuffer(gl.FRAMEBUFFER, fbo);
      drawCube(true, n, n);
      const pixels = new Uint8Array(n * n * 4);
      gl.readPixels(0, 0, n, n, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
      gl.bindFramebuffer(gl.FRAMEBUFFER, null);
      // GL rows run bottom-up; the rasteriser's row 0 is the top.
      const ids = new Uint8Array(n * n);
      for (let r = 0; r < n; r++) for (let c = 0; c < n; c++) ids[r * n + c] = pixels[((n - 1 - r) * n + c) * 4]!;
      return ids;
    },
    dispose() {
      freeFbo();
      gl.deleteBuffer(posBuf);
      gl.deleteBuffer(faceBuf);
      gl.deleteProgram(program);
    },
  };
}

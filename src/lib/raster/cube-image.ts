// The picture of the cube in orientation R on an N x N grid over the camera's normalised
// device coordinates [-1, 1]^2: its visible faces (../geometry/cube-view.ts) rasterised in
// the chosen pixel mode (./rasterise.ts); background 0. Grey (1 channel) or painted (RGB).
// cubeFaceIdImage gives, per pixel, 1 + the id of the face containing its centre (0: none):
// the mask the browser test compares with a GL render of the same camera.
import { faceColour, visibleCubeFaces } from '../geometry/cube-view';
import type { Mat3 } from '../geometry/mat3';
import { pointSampledImage, rasterise, type PixelMode, type ShadedPolygon } from './rasterise';

export function cubePolygons(R: Mat3, painted = false): ShadedPolygon[] {
  return visibleCubeFaces(R).map((f) => ({ polygon: f.polygon, value: faceColour(f, painted) }));
}

export function cubeImage(R: Mat3, n: number, mode: PixelMode, painted = false): Float64Array {
  return rasterise(cubePolygons(R, painted), n, mode, { channels: painted ? 3 : 1 });
}

export function cubeFaceIdImage(R: Mat3, n: number): Float64Array {
  return pointSampledImage(visibleCubeFaces(R).map((f) => ({ polygon: f.polygon, value: f.faceId + 1 })), n);
}

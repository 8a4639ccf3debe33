// Geometry of the essay's cube: rotations, the (phi, theta, roll) chart, the cube and its
// 24 rotations, the shared perspective camera, and the visible faces of a view.
export * from './mat3';
export * from './rotation';
export * from './orientation';
export * from './cube';
export * from './camera';
export * from './cube-view';

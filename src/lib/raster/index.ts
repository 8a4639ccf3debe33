// The exact rasteriser for flat polygons: re-exports (see each module's header).
//   rasterise(polys, n, 'point' | 'area' | 'area8', { window })  -> Float64Array image
//   polygonCoverage(polygon, n, window)                          -> covered fraction per pixel
//   pointSampledImage / areaCoverageImage / quantise8            -> the three modes' parts
export * from './grid';
export * from './polygon-area';
export * from './clip';
export * from './polygon-coverage';
export * from './point-in-polygon';
export * from './quantise';
export * from './rasterise';
export * from './image-distance';
export * from './cube-image';

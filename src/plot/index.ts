/**
 * Charts as SVG strings, built from plain data with no DOM: they run in Node and in the browser.
 * PNG output lives in './png.js' (Node only), deliberately not re-exported here.
 */
export {
  type Colormap,
  type ColormapName,
  categorical,
  categoricalColor,
  colormap,
  colormapNames,
  coolwarmTable,
} from './colormaps.js';
export {
  type ContourGrid,
  type ContourMapOptions,
  type ContourPath,
  contourDefaults,
  contourMap,
} from './contour.js';
export {
  type Curve1D,
  type LossCurveOptions,
  lossCurve,
  lossCurveDefaults,
  type TangentPlotOptions,
  tangentDefaults,
  tangentPlot,
} from './curve.js';
export type { LegendPosition } from './legend.js';
export { contourLevels, DEFAULT_LEVELS, type LevelScale, levelNorm, levelScaleOf } from './levels.js';
export { type LineChartOptions, type LineSeries, lineChart, lineDefaults } from './lines.js';
export { type PanelsOptions, panels, panelsDefaults } from './panels.js';
export { formatNumber, linearTicks, niceLevels, type Scale, scaleLinear, scaleLog } from './scales.js';
export { type FitCurve, type ScatterFitOptions, scatterDefaults, scatterFit } from './scatter.js';
export type { LineStyle } from './svg.js';
export { escapeXml } from './xml.js';

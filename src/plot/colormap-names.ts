/**
 * The colour maps' names alone, without their tables: the Experiment's schema checks a name with
 * this, so reading an address (the lab's first load) does not pull in d3's colour ramps.
 */
export type ColormapName = 'coolwarm' | 'viridis' | 'magma';
export const colormapNames: readonly ColormapName[] = ['coolwarm', 'viridis', 'magma'];

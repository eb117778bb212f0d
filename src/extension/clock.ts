/**
 * Imported first by the entry point, so this timestamp is taken when the bundle starts to evaluate:
 * activation time then covers module evaluation as well as `activate()` itself.
 */
export const moduleStart = performance.now();

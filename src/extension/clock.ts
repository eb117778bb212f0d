/**
 * Imported first by the entry point, so these timestamps are taken when the bundle starts to evaluate.
 * The first `require('vscode')` of an extension makes VS Code build that extension's API object, which
 * takes a while and is the same for every extension; it is timed apart from Review Coach's own module
 * evaluation so the activation figure says what this extension costs.
 */
export const moduleStart = performance.now();
require('vscode');
/** When the `vscode` API object exists; Review Coach's own module evaluation starts here. */
export const apiReady = performance.now();

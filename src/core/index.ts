/**
 * The analysis core's public API. Pure TypeScript: no `vscode`, no Node built-ins, so the same code
 * runs in Node, in a browser worker and in plain mocha.
 */
export * from './types';
export { analyze } from './analyze';
export { reframe } from './rewrite/reframe';

/** The Review Style statistics: pure TypeScript, no `vscode`; the glue supplies storage and the clock. */
export * from './schema';
export * from './day';
export * from './record';
export * from './load';
export * from './summary';
export * from './paragraph-once';
export * from './export';
export * from './store';

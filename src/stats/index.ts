/**
 * The Review Style statistics: pure TypeScript, no `vscode`; the glue supplies storage and the day.
 *
 * How the glue uses it:
 * - On activation: `const store = await StatsStore.open(storage)`, where `storage` wraps
 *   `context.globalState` under one key (`read: () => globalState.get(KEY)`,
 *   `write: (v) => globalState.update(KEY, v)`). If `store.problem` is set, show its message with a
 *   "Reset Statistics" action; nothing is recorded or overwritten until `store.reset()`.
 * - When a comment box closes, or per paragraph of a saved Markdown/plain-text draft that
 *   `ledger.alreadyCounted(uri, paragraph)` says is new: `store.recordFinished({ day: dayKey(new Date()),
 *   label, findingKinds, draftedAsDictating })`, unless `reviewCoach.stats.enabled` is off.
 * - When a quick fix is applied: `store.recordRewrite({ day: dayKey(new Date()), kind })`.
 * - For the view: `store.summary(dayKey(new Date()))`, posted on `store.onDidChange` and on `ready`.
 * - Export: `exportJson(store.current)` / `exportCsv(store.current)`.
 */
export * from './schema';
export * from './day';
export * from './record';
export * from './load';
export * from './summary';
export * from './paragraph-once';
export * from './export';
export * from './store';

// Types for compromise-snapshot.mjs (the build's esbuild plugin), for the test that checks it.
import type { Plugin } from 'esbuild';

/** Model parts the snapshot carries, level → keys. */
export const SNAPSHOT_KEYS: Readonly<Record<'one' | 'two', readonly string[]>>;
/** JSON text of the snapshot, from a fully loaded compromise/two. */
export function modelSnapshot(): Promise<string>;
/** The esbuild plugin: `compromise/two` resolves to compromise assembled with the snapshot. */
export function compromiseSnapshotPlugin(): Plugin;

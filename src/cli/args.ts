import { UsageError } from './errors';

/**
 * Runs a `util.parseArgs` call and turns its errors (unknown option, missing value) into a
 * UsageError, so they end as one line and exit status 2 instead of a TypeError with a stack.
 */
export function guardUsage<T>(parse: () => T): T {
  try {
    return parse();
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

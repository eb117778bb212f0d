/**
 * CPU time of the calling thread, in milliseconds, where the system says (Linux: /proc/thread-self/stat, in
 * 10 ms ticks); undefined elsewhere. Wall time on a busy machine also holds the time a thread waited for a
 * core; next to it, CPU time tells the two apart. Node 20 has no per-thread CPU clock of its own.
 */
import { readFileSync } from 'fs';

/** Clock ticks per second of /proc's figures: 100 on every Linux that Node supports. */
const TICKS_PER_SECOND = 100;

export function threadCpuMs(): number | undefined {
  try {
    const stat = readFileSync('/proc/thread-self/stat', 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}

import { version } from '../../package.json';
import { runCheck } from './check';
import { runClassify } from './classify';
import { UsageError } from './errors';
import { runEval } from './eval';
import type { Io } from './io';
import { runReframe } from './reframe';
import { HELP } from './usage';

const COMMANDS: Record<string, (args: string[], io: Io) => Promise<number>> = {
  check: runCheck,
  classify: runClassify,
  reframe: runReframe,
  eval: runEval,
};

/**
 * Dispatches a command line (without `node` and the script) and resolves to the exit status.
 * `--help` and `--version` win anywhere on the line, so `review-coach check --help` helps too.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  const beforeDashes = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeDashes.some((a) => a === '--help' || a === '-h') || argv[0] === 'help') {
    io.stdout.write(HELP);
    return 0;
  }
  if (beforeDashes.some((a) => a === '--version' || a === '-v')) {
    io.stdout.write(`${version}\n`);
    return 0;
  }
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError('no command given; try `review-coach --help`');
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!command && name.startsWith('-')) throw new UsageError(`unknown option '${name}'; try \`review-coach --help\``);
  if (!command) throw new UsageError(`unknown command '${name}'; the commands are ${Object.keys(COMMANDS).join(', ')}`);
  return command(rest, io);
}

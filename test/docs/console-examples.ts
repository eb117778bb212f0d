/** One step of a shell session shown in a ```console block. */
export type ConsoleStep =
  /** `$ cat NAME` followed by the file's lines: the example's input file. */
  | { kind: 'file'; name: string; lines: string[] }
  /** A command (continuation lines joined with their backslashes) and the output shown under it. */
  | { kind: 'run'; command: string; output: string[] };

/**
 * The ```console blocks of a Markdown text as shell steps. A line starting `$ ` opens a command; a command
 * line ending in a backslash continues on the next line; every other line is output of the command above.
 */
export function consoleExamples(markdown: string): ConsoleStep[][] {
  const blocks = [...markdown.matchAll(/^```console\n([\s\S]*?)^```$/gm)].map((m) => m[1]!.replace(/\n$/, '').split('\n'));
  return blocks.map((lines) => {
    const steps: ConsoleStep[] = [];
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (!line.startsWith('$ ')) {
        const last = steps[steps.length - 1];
        if (last?.kind === 'file') last.lines.push(line);
        else if (last) last.output.push(line);
        continue;
      }
      let command = line.slice(2);
      while (command.endsWith('\\') && i + 1 < lines.length) command += `\n${lines[++i]!}`;
      const cat = /^cat ([\w.-]+)$/.exec(command);
      steps.push(cat ? { kind: 'file', name: cat[1]!, lines: [] } : { kind: 'run', command, output: [] });
    }
    return steps;
  });
}

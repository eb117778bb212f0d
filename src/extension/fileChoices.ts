/**
 * The files the user chose to coach, or to stop coaching, with the commands: remembered per workspace in
 * VS Code's `workspaceState`, under one key, as `{ [uri]: 'coach' | 'skip' }`. Untitled documents have no
 * lasting name ("Untitled-1" is a different text next time), so their choice lasts for the session only.
 */
import type { FileChoice } from './scope';

/** The part of `vscode.Memento` used here, so plain mocha can test this with a map. */
export interface ChoiceMemento {
  get(key: string): unknown;
  update(key: string, value: unknown): Thenable<void>;
}

export const FILE_CHOICES_KEY = 'reviewCoach.fileChoices';

/** Choices kept at most; the oldest go first. A person opts in a handful of files, not thousands. */
export const MAX_FILE_CHOICES = 1000;

const isChoice = (v: unknown): v is FileChoice => v === 'coach' || v === 'skip';

export class FileChoices {
  private readonly saved = new Map<string, FileChoice>();
  private readonly session = new Map<string, FileChoice>();
  /** Set when the stored value was not what this code writes: what could be read is used, the rest is dropped at the next choice. */
  readonly problem: string | undefined;

  constructor(private readonly memento: ChoiceMemento) {
    const stored = memento.get(FILE_CHOICES_KEY);
    if (stored === undefined) return;
    if (typeof stored !== 'object' || stored === null || Array.isArray(stored)) {
      this.problem = `The remembered coached files (${FILE_CHOICES_KEY}) could not be read; none are coached by command until you choose again.`;
      return;
    }
    let skipped = 0;
    for (const [uri, choice] of Object.entries(stored)) {
      if (isChoice(choice)) this.saved.set(uri, choice);
      else skipped++;
    }
    if (skipped) this.problem = `${skipped} remembered coached file${skipped === 1 ? '' : 's'} could not be read and ${skipped === 1 ? 'is' : 'are'} ignored.`;
  }

  /** The choice for a document's URI (`uri.toString()`), if any. */
  get(uri: string): FileChoice | undefined {
    return this.session.get(uri) ?? this.saved.get(uri);
  }

  /** Remembers `choice` for the URI (`undefined` forgets it). `scheme` says whether it lasts beyond the session. */
  async set(uri: string, scheme: string, choice: FileChoice | undefined): Promise<void> {
    const target = scheme === 'untitled' ? this.session : this.saved;
    // Deleted first so a choice made again moves to the end: the oldest are the first to go.
    target.delete(uri);
    if (choice) target.set(uri, choice);
    if (target === this.session) return;
    while (this.saved.size > MAX_FILE_CHOICES) this.saved.delete(this.saved.keys().next().value as string);
    await this.memento.update(FILE_CHOICES_KEY, this.saved.size ? Object.fromEntries(this.saved) : undefined);
  }
}

/** A Debian package a command needs, how to tell it is there, and what for (shown to the user). */
export interface Need {
  pkg: string;
  present: () => boolean;
  why: string;
}
export function ensureDebianPackages(needs: Need[], log: (line: string) => void, options?: { canInstall?: () => boolean }): string[];
export function hasCommand(name: string): boolean;

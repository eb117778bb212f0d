import * as vscode from 'vscode';
import { SOURCE } from './constants';

/**
 * The one log channel, `Review Coach`. A `LogOutputChannel` so users pick the level and messages carry
 * timestamps; errors reveal it (without taking focus) so a failure is never silent.
 */
export function createLog(): vscode.LogOutputChannel {
  const channel = vscode.window.createOutputChannel(SOURCE, { log: true });
  const error = channel.error.bind(channel);
  channel.error = (message: string | Error, ...args: unknown[]): void => {
    error(message, ...args);
    channel.show(true);
  };
  return channel;
}

/**
 * The command table: every command of the bin, in the order the help lists them. Adding a command is one
 * module that exports a Command (see command.ts) and one entry here; the help, the argument parsing and the
 * usage errors come from its description.
 */
import type { Command } from './command.js';
import { listen } from './commands/listen.js';
import { send } from './commands/send.js';
import { sign } from './commands/sign.js';
import { validate } from './commands/validate.js';
import { verify } from './commands/verify.js';

export const COMMANDS: readonly Command[] = [validate, sign, verify, send, listen];

/**
 * The command of that name, if there is one.
 *
 * @example
 *   findCommand('validate')?.run(args, io);
 */
export function findCommand(name: string): Command | undefined {
  return COMMANDS.find((command) => command.name === name);
}

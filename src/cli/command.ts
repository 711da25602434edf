/**
 * What a command of the `popp-workflow-contract` bin is: its help (summary, usage, description, examples), its
 * options as node:util parseArgs specs with a description each, and a `run` function. The help text, the
 * parsing and the usage errors are derived from this one description (args.ts, help.ts), so a new command is
 * one module that exports a Command, plus its line in the table (commands.ts).
 */
import type { Readable } from 'node:stream';

/** One option: a parseArgs option spec, plus what the help says about it. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** The placeholder the help shows for a string option's value, e.g. `URL`. */
  value?: string;
  description: string;
}

/** The parsed command line of one command: option values by name, and the positionals. */
export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>;
  positionals: string[];
}

/** Where a command reads and writes; the bin passes the process's, a test may pass its own. */
export interface CliIo {
  stdout: Output;
  stderr: Output;
  stdin: Readable & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Aborted on SIGINT or SIGTERM: a long-running command (listen, sandbox) stops and resolves. */
  signal: AbortSignal;
}

/** A stream a command writes lines to. `isTTY` decides colour (and NO_COLOR turns it off). */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface Command {
  name: string;
  /** One line, for the top-level help's command list. */
  summary: string;
  /** The synopsis after the bin's name, e.g. `sign [file|-] [--secret S]`. */
  usage: string;
  /** What the command does, a few lines. */
  description: string;
  options: Record<string, OptionSpec>;
  /** How many positionals it takes (`max` absent: any number). */
  positionals: { min: number; max?: number };
  /** At least one example line: `<name> …` is shown after the bin's name, anything else (a pipe, a `#` comment) as written. */
  examples: readonly string[];
  /** Runs the command; resolves with the exit code (0 done/valid, 1 invalid/failed, 2 usage). */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}

/**
 * A mistake in how the command was called (a bad flag, a missing file, a value that cannot be used): printed
 * without a stack trace, with a pointer to `--help`, and the process exits with 2.
 *
 * @example
 *   throw new UsageError('--repeat must be a whole number from 1 to 1000, got "x".');
 */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** The exit codes every command uses. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

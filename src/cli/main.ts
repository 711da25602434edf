/**
 * The bin's entry: picks the command from the table, parses its arguments, runs it, and turns a user's mistake
 * into a message and exit code 2, never a stack trace.
 */
import { PACKAGE_VERSION } from '../../generated/constants.js';
import { parseCommandArgs } from './args.js';
import { didYouMean } from './close-matches.js';
import { type CliIo, EXIT, UsageError } from './command.js';
import { COMMANDS, findCommand } from './commands.js';
import { BIN, commandHelp, topLevelHelp } from './help.js';

/**
 * Runs the command line `argv` (without `node` and the script) and resolves with the exit code.
 *
 * @example
 *   process.exitCode = await main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env, signal });
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) {
    io.stderr.write(topLevelHelp(COMMANDS));
    return EXIT.usage;
  }
  if (first === '--help' || first === '-h') {
    io.stdout.write(topLevelHelp(COMMANDS));
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.stdout.write(`${PACKAGE_VERSION}\n`);
    return EXIT.ok;
  }
  if (first === 'help') return help(rest[0], io);
  const command = findCommand(first);
  if (command === undefined) {
    const what = first.startsWith('-') ? `unknown option ${first} (options go after the command's name)` : `unknown command ${JSON.stringify(first)}.${didYouMean(first, COMMANDS.map((known) => known.name))}`;
    return usage(io, BIN, `${what}`, `${BIN} --help`);
  }
  try {
    const { help: wantsHelp, args } = parseCommandArgs(command, rest);
    if (wantsHelp) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) return usage(io, `${BIN} ${command.name}`, error.message, `${BIN} ${command.name} --help`);
    // Anything else is a bug of this tool, not the user's mistake: the stack helps whoever reports it.
    io.stderr.write(`${BIN} ${command.name}: internal error (please report it): ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT.failed;
  }
}

function help(name: string | undefined, io: CliIo): number {
  if (name === undefined) {
    io.stdout.write(topLevelHelp(COMMANDS));
    return EXIT.ok;
  }
  const command = findCommand(name);
  if (command === undefined) return usage(io, BIN, `unknown command ${JSON.stringify(name)}.${didYouMean(name, COMMANDS.map((known) => known.name))}`, `${BIN} --help`);
  io.stdout.write(commandHelp(command));
  return EXIT.ok;
}

function usage(io: CliIo, who: string, message: string, helpCommand: string): number {
  io.stderr.write(`${who}: ${message}\nRun '${helpCommand}' for usage.\n`);
  return EXIT.usage;
}

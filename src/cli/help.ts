/** The help texts, derived from the command table: the top-level list and each command's page. */
import { PACKAGE_VERSION } from '../../generated/constants.js';
import { HELP_OPTION } from './args.js';
import type { Command, OptionSpec } from './command.js';

/** The bin's name, as users type it (`npx popp-workflow-contract …`). */
export const BIN = 'popp-workflow-contract';

/**
 * The top-level help: what the tool is, every command of the table with its summary, and the global flags.
 *
 * @example
 *   io.stdout.write(topLevelHelp(COMMANDS));
 */
export function topLevelHelp(commands: readonly Command[]): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    `${BIN} ${PACKAGE_VERSION}: Popp's Workflow webhooks and REST contract, on the command line.`,
    '',
    `Usage: ${BIN} <command> [options]`,
    '',
    'Commands:',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    'Options:',
    '  -h, --help     Show this help, or a command\'s help after its name.',
    '  -v, --version  Print the version.',
    '',
    `Secrets come from --secret or the POPP_WEBHOOK_SECRET environment variable, and are never printed.`,
    `Exit codes: 0 done (valid), 1 invalid or failed, 2 usage error.`,
    '',
    'Example:',
    `  ${BIN} validate delivery.json --strict`,
    `  ${BIN} <command> --help`,
    '',
  ].join('\n');
}

/**
 * One command's help page: usage, description, options (with `--help`), examples.
 *
 * @example
 *   io.stdout.write(commandHelp(validate));
 */
export function commandHelp(command: Command): string {
  const options = Object.entries({ ...command.options, help: HELP_OPTION });
  const labels = options.map(([name, option]) => optionLabel(name, option));
  const width = Math.max(...labels.map((label) => label.length));
  return [
    `Usage: ${BIN} ${command.usage}`,
    '',
    command.description,
    '',
    'Options:',
    ...options.map(([, option], index) => `  ${(labels[index] as string).padEnd(width)}  ${option.description}`),
    '',
    command.examples.length === 1 ? 'Example:' : 'Examples:',
    // An example that starts with the command's name gets the bin's name before it; others (a pipe, a comment) are shown as written.
    ...command.examples.map((example) => `  ${example.split(' ', 1)[0] === command.name ? `${BIN} ${example}` : example}`),
    '',
  ].join('\n');
}

function optionLabel(name: string, option: OptionSpec): string {
  const flag = `${option.short === undefined ? '    ' : `-${option.short}, `}--${name}`;
  return option.type === 'string' ? `${flag} ${option.value ?? 'VALUE'}` : flag;
}

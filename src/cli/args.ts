/**
 * Parsing one command's arguments with node:util parseArgs (strict: unknown options are errors) and turning
 * each parseArgs error into a UsageError that names the option and, for a typo, the closest known one.
 */
import { parseArgs } from 'node:util';
import { closeMatches } from './close-matches.js';
import { type Command, type OptionSpec, type ParsedArgs, UsageError } from './command.js';

/** `--help`, which every command takes besides its own options. */
export const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', description: 'Show this help and exit.' };

/**
 * The command's arguments parsed, with the positional count checked; `help: true` when --help was given (then
 * nothing else is checked).
 *
 * @example
 *   const { help, args } = parseCommandArgs(sign, ['body.json', '--secret', 's']);
 */
export function parseCommandArgs(command: Command, argv: readonly string[]): { help: boolean; args: ParsedArgs } {
  const options: Record<string, OptionSpec> = { ...command.options, help: HELP_OPTION };
  const specs = Object.fromEntries(
    Object.entries(options).map(([name, option]) => [name, { type: option.type, ...(option.short === undefined ? {} : { short: option.short }), ...(option.multiple ? { multiple: true } : {}) }]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options: specs, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    throw new UsageError(describeParseError(error, Object.keys(options)));
  }
  const values = parsed.values as ParsedArgs['values'];
  if (values.help === true) return { help: true, args: { values, positionals: parsed.positionals } };
  const { min, max } = command.positionals;
  const count = parsed.positionals.length;
  if (count < min) throw new UsageError(`missing argument: the usage is ${command.usage}`);
  if (max !== undefined && count > max) {
    // Counted, not quoted: a misplaced argument may be a secret that lost its --secret.
    throw new UsageError(`${count} argument${count === 1 ? '' : 's'} given where ${max === 0 ? 'none is' : `at most ${max} ${max === 1 ? 'is' : 'are'}`} taken: the usage is ${command.usage}`);
  }
  // parseArgs keeps the last of a repeated single-value option and drops the others silently: say so instead.
  for (const [name, option] of Object.entries(command.options)) {
    if (option.multiple) continue;
    const given = (parsed.tokens ?? []).filter((token) => token.kind === 'option' && token.name === name).length;
    if (given > 1) throw new UsageError(`--${name} was given ${given} times; it takes one value.`);
  }
  return { help: false, args: { values, positionals: parsed.positionals } };
}

function describeParseError(error: unknown, known: readonly string[]): string {
  const code = (error as { code?: string }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
    // Up to any `=`: what follows is a value, and may be a secret.
    const option = (/'(-[^']*)'/.exec(message)?.[1] ?? '').split('=')[0] as string;
    const name = option.replace(/^-+/, '');
    const matches = closeMatches(name, known).map((match) => `--${match}`);
    return `unknown option ${option}.${matches.length > 0 ? ` Did you mean ${matches.join(' or ')}?` : ''} (A positional argument that starts with "-" goes after "--".)`;
  }
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    // parseArgs's own wording ("Option '--to <value>' argument missing") names the option already.
    return message.replace(/^Option /, 'option ').replace(/\.?$/, '.');
  }
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return message;
  return `cannot read the arguments: ${message}`;
}

/**
 * A string option's value, or undefined when it was not given.
 *
 * @example
 *   const to = stringOption(args, 'to');
 */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * A repeatable string option's values (empty when not given).
 *
 * @example
 *   const assignments = stringList(args, 'set'); // ['data.recordId=run_1', …]
 */
export function stringList(args: ParsedArgs, name: string): string[] {
  const value = args.values[name];
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

/**
 * A whole-number option within [min, max], or `fallback` when absent; anything else is a usage error.
 *
 * @example
 *   const repeat = integerOption(args, 'repeat', { min: 1, max: 1000, fallback: 1 });
 */
export function integerOption(args: ParsedArgs, name: string, bounds: { min: number; max: number; fallback: number }): number {
  const value = stringOption(args, name);
  if (value === undefined) return bounds.fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < bounds.min || Number(value) > bounds.max) {
    throw new UsageError(`--${name} must be a whole number from ${bounds.min} to ${bounds.max}, got ${JSON.stringify(value)}.`);
  }
  return Number(value);
}

/**
 * An http(s) URL option, checked; `required` makes its absence a usage error.
 *
 * @example
 *   const to = urlOption(args, 'to', true); // URL
 */
export function urlOption(args: ParsedArgs, name: string, required: true): URL;
export function urlOption(args: ParsedArgs, name: string, required: false): URL | undefined;
export function urlOption(args: ParsedArgs, name: string, required: boolean): URL | undefined {
  const value = stringOption(args, name);
  if (value === undefined) {
    if (required) throw new UsageError(`--${name} URL is required.`);
    return undefined;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--${name} must be an absolute http:// or https:// URL, got ${JSON.stringify(value)}.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new UsageError(`--${name} must be an http:// or https:// URL, got a ${url.protocol} URL.`);
  return url;
}

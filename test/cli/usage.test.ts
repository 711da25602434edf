// The bin's shape: help derived from the command table, --version, and usage errors (exit 2, a pointer to
// --help, no stack trace) for unknown commands and flags.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_VERSION } from '../../generated/constants.js';
import { COMMANDS } from '../../src/cli/commands.js';
import { styleFor } from '../../src/cli/style.js';
import { ROOT } from '../helpers/contract.js';
import { runCli, STACK_FRAME } from './cli.js';

describe('the bin', () => {
  it('lists every command of the table in --help (exit 0), and prints the help on stderr with exit 2 when given nothing', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(COMMANDS.map((command) => command.name)).toEqual(expect.arrayContaining(['validate', 'sign', 'verify', 'send', 'listen']));
    const width = Math.max(...COMMANDS.map((command) => command.name.length));
    for (const command of COMMANDS) expect(help.stdout).toContain(`\n  ${command.name.padEnd(width)}  ${command.summary}\n`);
    const nothing = await runCli([]);
    expect(nothing.code).toBe(2);
    expect(nothing.stdout).toBe('');
    expect(nothing.stderr).toBe(help.stdout);
  });

  it('prints the package version', async () => {
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(PACKAGE_VERSION).toBe(version);
    expect(await runCli(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(COMMANDS.map((command) => [command.name, command] as const))('gives %s a --help page with its usage, every option and an example', async (name, command) => {
    const result = await runCli([name, '--help']);
    expect(result.code).toBe(0);
    expect(result.stdout.startsWith(`Usage: popp-workflow-contract ${command.usage}\n`)).toBe(true);
    for (const option of Object.keys(command.options)) expect(result.stdout).toContain(`--${option}`);
    expect(result.stdout).toMatch(/\nExamples?:\n {2}popp-workflow-contract /);
    expect(command.examples.some((example) => example.startsWith(`${name} `))).toBe(true);
    expect((await runCli(['help', name])).stdout).toBe(result.stdout);
  });

  it('answers an unknown command, flag or repeated option with exit 2, a suggestion and a pointer to --help, never a stack trace', async () => {
    const results = await Promise.all([runCli(['valdate', 'x.json']), runCli(['validate', '--stric', 'x.json']), runCli(['send', 'WORKFLOW_RUN_STARTED', '--to', 'http://a/', '--to', 'http://b/']), runCli(['--nope']), runCli(['listen', '--port'])]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2, 2, 2]);
    expect(results[0]?.stderr).toBe('popp-workflow-contract: unknown command "valdate". Did you mean validate?\nRun \'popp-workflow-contract --help\' for usage.\n');
    expect(results[1]?.stderr).toContain('popp-workflow-contract validate: unknown option --stric. Did you mean --strict?');
    expect(results[1]?.stderr).toContain("Run 'popp-workflow-contract validate --help' for usage.");
    expect(results[2]?.stderr).toContain('--to was given 2 times; it takes one value.');
    expect(results[3]?.stderr).toContain('unknown option --nope');
    expect(results[4]?.stderr).toContain("option '--port <value>' argument missing");
    for (const result of results) {
      expect(result.stdout).toBe('');
      expect(result.stderr).not.toMatch(STACK_FRAME);
    }
  });

  it('never quotes a value in a usage error: a mistyped option or a misplaced argument may carry a secret', async () => {
    const results = await Promise.all([runCli(['sign', '--secrt=whsec_typed_9d1', 'body.json']), runCli(['sign', 'body.json', 'whsec_misplaced_4c2']), runCli(['listen', 'whsec_misplaced_4c2'])]);
    expect(results.map((result) => result.code)).toEqual([2, 2, 2]);
    expect(results[0]?.stderr).toContain('unknown option --secrt. Did you mean --secret?');
    expect(results[1]?.stderr).toContain('2 arguments given where at most 1 is taken: the usage is sign [file|-] [--secret S]');
    expect(results[2]?.stderr).toContain('1 argument given where none is taken');
    for (const result of results) expect(result.stderr).not.toMatch(/whsec_/);
  });
});

describe('colour', () => {
  it('is used on a terminal only, and never when NO_COLOR is set', () => {
    expect(styleFor({ write: () => true, isTTY: true }, {}).ok('valid')).toBe('\u001b[32mvalid\u001b[0m');
    expect(styleFor({ write: () => true, isTTY: true }, { NO_COLOR: '1' }).ok('valid')).toBe('valid');
    expect(styleFor({ write: () => true }, {}).ok('valid')).toBe('valid');
  });
});

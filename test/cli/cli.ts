// The real bin, spawned: `node --import tsx src/cli/bin.ts …` (the source, for speed; test/package/ runs the
// packed one). Nothing of the parent's environment decides the outcome: POPP_WEBHOOK_SECRET and NO_COLOR are
// removed unless a test sets them.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/contract.js';

const BIN = join(ROOT, 'src/cli/bin.ts');

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

function environment(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  delete base.POPP_WEBHOOK_SECRET;
  delete base.NO_COLOR;
  return { ...base, ...env };
}

function spawnCli(args: readonly string[], env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', BIN, ...args], { cwd: ROOT, env: environment(env), stdio: ['pipe', 'pipe', 'pipe'] });
}

/**
 * Runs the bin to its end, with `input` on standard input (closed empty otherwise).
 *
 * @example
 *   const { code, stdout } = await runCli(['sign', 'body.json'], { env: { POPP_WEBHOOK_SECRET: 's' } });
 */
export function runCli(args: readonly string[], options: { input?: string | Uint8Array; env?: Record<string, string> } = {}): Promise<CliResult> {
  const child = spawnCli(args, options.env ?? {});
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => (stdout += chunk));
  child.stderr?.on('data', (chunk) => (stderr += chunk));
  child.stdin?.end(options.input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** A long-running command (listen), started: its announced URL, its stdout lines so far, and a way to stop it. */
export interface RunningCli {
  url: string;
  lines: string[];
  /** Resolves once stdout holds at least `count` lines; rejects if the process exits first. */
  linesAtLeast(count: number): Promise<string[]>;
  /** SIGTERM, then its exit code and output. */
  stop(): Promise<CliResult>;
}

/**
 * Starts a command that announces `http://…` on stderr when it is ready (listen).
 *
 * @example
 *   const listener = await startCli(['listen', '--port', '0', '--json'], { POPP_WEBHOOK_SECRET: 's' });
 */
export function startCli(args: readonly string[], env: Record<string, string> = {}): Promise<RunningCli> {
  const child = spawnCli(args, env);
  child.stdin?.end();
  let stdout = '';
  let stderr = '';
  const lines: string[] = [];
  const waiters: { count: number; resolve: (lines: string[]) => void; reject: (error: Error) => void }[] = [];
  let exited: CliResult | undefined;
  const exit = new Promise<CliResult>((resolve) => child.once('close', (code) => resolve((exited = { code, stdout, stderr }))));
  const settle = () => {
    for (const waiter of [...waiters]) {
      if (lines.length >= waiter.count) waiter.resolve(lines.slice());
      else if (exited !== undefined) waiter.reject(new Error(`exited (${exited.code}) with ${lines.length} lines of ${waiter.count}:\n${stdout}\n${stderr}`));
      else continue;
      waiters.splice(waiters.indexOf(waiter), 1);
    }
  };
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
    lines.splice(0, lines.length, ...stdout.split('\n').slice(0, -1));
    settle();
  });
  void exit.then(settle);
  return new Promise((resolve, reject) => {
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
      const url = /Listening on (http:\/\/\S+\/)/.exec(stderr)?.[1];
      if (url !== undefined)
        resolve({
          url,
          lines,
          linesAtLeast: (count) => new Promise((done, fail) => {
            waiters.push({ count, resolve: done, reject: fail });
            settle();
          }),
          stop: () => {
            if (exited === undefined) child.kill('SIGTERM');
            return exit;
          },
        });
    });
    void exit.then((result) => reject(new Error(`exited (${result.code}) before listening:\n${result.stdout}\n${result.stderr}`)));
  });
}

/** A stack trace's frame line: never in what the bin prints for a user's mistake. */
export const STACK_FRAME = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;

// A user's project, made the way a user makes one: a folder with a package.json, the packed tarball installed
// with npm. npm takes the packages from its cache (the repository's `npm ci` put them there), but may ask the
// registry for their metadata: `npm ci` does not cache that.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../helpers/contract.js';

export const TSC = join(ROOT, 'node_modules/typescript/bin/tsc');

export interface Scratch {
  dir: string;
  /** Runs a command in the project folder and returns its stdout; throws with its stderr when it fails. */
  run(command: string, args: string[], env?: Record<string, string>): string;
  write(file: string, content: string): void;
  remove(): void;
}

/**
 * A fresh project folder with `package.json` (`type` as given) and the tarball plus `dependencies` installed
 * (unless `install` is false, for a caller that brings its own package.json).
 *
 * @example
 *   const project = scratchProject(inject('tarball'), { type: 'module' });
 *   project.write('main.mjs', "import 'popp-workflow-contract/webhooks'");
 *   project.run(process.execPath, ['main.mjs']);
 */
export function scratchProject(tarball: string, options: { type: 'module' | 'commonjs'; dependencies?: string[]; prefix?: string; install?: boolean }): Scratch {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? 'popp-user-'));
  const run = (command: string, args: string[], env: Record<string, string> = {}) => {
    try {
      return execFileSync(command, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    } catch (error) {
      const failure = error as { status?: number; stdout?: string; stderr?: string };
      throw new Error(`${command} ${args.join(' ')} failed (exit ${failure.status}) in ${dir}:\n${failure.stderr ?? ''}${failure.stdout ?? ''}`);
    }
  };
  const write = (file: string, content: string) => writeFileSync(join(dir, file), content);
  write('package.json', JSON.stringify({ name: 'user-project', private: true, type: options.type }, null, 2));
  if (options.install !== false) npmInstall(run, [tarball, ...(options.dependencies ?? [])]);
  return { dir, run, write, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `npm install` as a user runs it, preferring npm's cache (filled by the repository's own `npm ci`). */
export function npmInstall(run: Scratch['run'], specs: string[] = []): void {
  run('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...specs]);
}

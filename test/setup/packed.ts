// Global setup of the `package` test project: `npm pack` once per test run, and the Node versions the packed
// package is run in. The pack happens in a staging copy of the sources, so the worktree's dist/ is never
// touched and two test runs in one worktree cannot rebuild it under each other.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT } from '../helpers/contract.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of the packed tarball. */
    tarball: string;
    /** The paths inside it, without the `package/` prefix. */
    tarballFiles: string[];
  }
}

// Top-level entries the package build never reads.
const NOT_STAGED = new Set(['node_modules', '.git', 'dist', 'site', 'test', 'test-results', '.tmp', '.ci']);

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'popp-packed-'));
  const stage = join(work, 'stage');
  // An example that was built or installed in place keeps its node_modules/ and dist/ out of the package.
  const staged = (path: string) => !NOT_STAGED.has(relative(ROOT, path).split(sep)[0] as string) && !/\/examples\/.*\/(node_modules|dist)$/.test(path);
  cpSync(ROOT, stage, { recursive: true, filter: staged });
  symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'), 'dir');
  const out = join(work, 'out');
  mkdirSync(out);
  // prepack builds dist/ inside the stage.
  execFileSync('npm', ['pack', '--silent', '--pack-destination', out], { cwd: stage, stdio: ['ignore', 'ignore', 'inherit'] });
  const name = readdirSync(out).find((file) => file.endsWith('.tgz'));
  if (!name) throw new Error(`npm pack wrote no tarball into ${out}`);
  const tarball = join(out, name);
  const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => line.replace(/^package\//, ''));
  project.provide('tarball', tarball);
  project.provide('tarballFiles', files);
  installRuntimes();
  return () => rmSync(work, { recursive: true, force: true });
}

const RUNTIMES_DIR = join(ROOT, 'test/runtimes');

/**
 * Installs test/runtimes/ (Node versions and the oldest supported TypeScript, pinned by its lockfile) into
 * test/runtimes/node_modules when that is missing or older than the lockfile. It is installed beside and
 * renamed into place, so a concurrent test run sees either the old tree or the new one, never half of one.
 */
function installRuntimes(): void {
  const lock = readFileSync(join(RUNTIMES_DIR, 'package-lock.json'));
  const hash = createHash('sha256').update(lock).digest('hex');
  const target = join(RUNTIMES_DIR, 'node_modules');
  const stamp = join(target, '.lock-sha256');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
  const staging = mkdtempSync(join(RUNTIMES_DIR, '.install-'));
  try {
    for (const file of ['package.json', 'package-lock.json']) cpSync(join(RUNTIMES_DIR, file), join(staging, file));
    execFileSync('npm', ['ci', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: staging, stdio: ['ignore', 'ignore', 'inherit'] });
    writeFileSync(join(staging, 'node_modules', '.lock-sha256'), hash);
    // A test run that started at the same time may have put the same tree in place meanwhile.
    if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return;
    if (existsSync(target)) renameSync(target, join(staging, 'old-node_modules'));
    renameSync(join(staging, 'node_modules'), target);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

/** Replaces `dir` with exactly `files` (stale files are removed, so renamed schemas leave nothing behind). */
export function writeOutputs(dir: string, files: Map<string, string>): void {
  rmSync(dir, { recursive: true, force: true });
  for (const [path, text] of files) {
    const target = join(dir, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
}

export function listFiles(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

/**
 * Compares `dir` with what generation produces now. Returns a readable report (a unified diff, cut to
 * `maxLines`) or undefined when they are the same byte for byte.
 */
export function diffAgainst(dir: string, files: Map<string, string>, maxLines = 80): string | undefined {
  const fresh = mkdtempSync(join(tmpdir(), 'popp-generated-'));
  try {
    writeOutputs(fresh, files);
    const result = spawnSync('diff', ['-ruN', dir, fresh], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (result.status === 0) return undefined;
    if (result.status !== 1) throw new Error(`diff failed: ${result.stderr}`);
    const lines = result.stdout.replaceAll(fresh, '(fresh)').split('\n');
    const shown = lines.slice(0, maxLines).join('\n');
    return lines.length > maxLines ? `${shown}\n… ${lines.length - maxLines} more diff lines` : shown;
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

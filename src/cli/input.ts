/** Reading what a command works on: a file's exact bytes, or standard input's (`-`). */
import { readFile } from 'node:fs/promises';
import { type CliIo, UsageError } from './command.js';

/** What was read and where from, for messages. */
export interface Input {
  /** `-` reads standard input; shown as `<stdin>`. */
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * The exact bytes of a file or of standard input (`-`); a file that cannot be read is a usage error that says
 * why (not found, a directory, no permission).
 *
 * @example
 *   const { bytes } = await readInput('delivery.json', io);
 */
export async function readInput(path: string, io: CliIo): Promise<Input> {
  if (path === '-') {
    if (io.stdin.isTTY) throw new UsageError('"-" reads standard input, but it is a terminal: pipe the body in (… | popp-workflow-contract …) or name a file.');
    const chunks: Uint8Array[] = [];
    for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? new TextEncoder().encode(chunk) : (chunk as Uint8Array));
    return { name: '<stdin>', bytes: concat(chunks) };
  }
  try {
    return { name: path, bytes: new Uint8Array(await readFile(path)) };
  } catch (error) {
    throw new UsageError(`cannot read ${JSON.stringify(path)}: ${fileProblem(error)}.`);
  }
}

/**
 * Why a file could not be read, in words (the errno code in parentheses).
 *
 * @example
 *   fileProblem(Object.assign(new Error('…'), { code: 'ENOENT' })); // 'no such file (ENOENT)'
 */
export function fileProblem(error: unknown): string {
  const code = (error as { code?: string }).code;
  const reason: Record<string, string> = { ENOENT: 'no such file', EISDIR: 'it is a directory', EACCES: 'permission denied', EPERM: 'permission denied', ENOTDIR: 'a part of the path is not a directory' };
  return code !== undefined && reason[code] !== undefined ? `${reason[code]} (${code})` : error instanceof Error ? error.message : String(error);
}

function concat(chunks: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The input as UTF-8 text, without one leading byte order mark; undefined when it is not UTF-8.
 *
 * @example
 *   const text = textOf(input) ?? fail('not UTF-8');
 */
export function textOf(input: Input): string | undefined {
  try {
    return decoder.decode(input.bytes).replace(/^\uFEFF/, '');
  } catch {
    return undefined;
  }
}

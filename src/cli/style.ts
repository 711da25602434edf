/** Colour for a terminal only: none when the output is piped or NO_COLOR is set (https://no-color.org). */
import type { Output } from './command.js';

export interface Style {
  ok(text: string): string;
  bad(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
}

const plain = (text: string) => text;
const PLAIN: Style = { ok: plain, bad: plain, warn: plain, dim: plain };
const paint = (code: number) => (text: string) => `\u001b[${code}m${text}\u001b[0m`;
const COLOUR: Style = { ok: paint(32), bad: paint(31), warn: paint(33), dim: paint(2) };

/**
 * The style for an output: colour when it is a terminal and NO_COLOR is unset or empty.
 *
 * @example
 *   const style = styleFor(io.stdout, io.env);
 *   io.stdout.write(`${style.ok('valid')}\n`);
 */
export function styleFor(output: Output, env: Record<string, string | undefined>): Style {
  return output.isTTY === true && (env.NO_COLOR === undefined || env.NO_COLOR === '') ? COLOUR : PLAIN;
}

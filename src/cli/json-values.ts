/**
 * The JSON values of an input: one JSON document, or NDJSON (one value per line; blank lines skipped). A
 * `.ndjson` or `.jsonl` file is read by lines; otherwise the whole text is tried as one document first, and
 * read by lines when that fails but its first line alone is a JSON value.
 */
import { clip } from '../webhooks/errors.js';
import { type Input, textOf } from './input.js';

/** One value read from an input, or why a line (or the document) is not JSON. `line` is set for NDJSON. */
export type JsonValue = { line?: number; ok: true; value: unknown } | { line?: number; ok: false; message: string };

/**
 * The values of an input, in order.
 *
 * @example
 *   for (const item of jsonValues(await readInput('deliveries.ndjson', io))) if (item.ok) check(item.value);
 */
export function jsonValues(input: Input): JsonValue[] {
  const text = textOf(input);
  if (text === undefined) return [{ ok: false, message: 'not UTF-8 text, so not JSON' }];
  if (text.trim() === '') return [{ ok: false, message: 'empty: no JSON value in it' }];
  if (/\.(ndjson|jsonl)$/i.test(input.name)) return byLines(text);
  const whole = parse(text);
  if (whole.ok) return [whole];
  const lines = text.split('\n');
  const firstLine = lines.find((line) => line.trim() !== '') as string;
  if (lines.filter((line) => line.trim() !== '').length > 1 && parse(firstLine).ok) return byLines(text);
  return [whole];
}

function byLines(text: string): JsonValue[] {
  const values: JsonValue[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() !== '') values.push({ line: index + 1, ...parse(line) });
  });
  return values;
}

function parse(text: string): JsonValue {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    // V8 quotes the text it failed on: kept short and on one line.
    return { ok: false, message: `not valid JSON: ${clip((error as Error).message.replace(/\s*\n\s*/g, ' '), 160)}` };
  }
}

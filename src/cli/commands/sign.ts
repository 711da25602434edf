/** `sign`: the x-signature header value of a body, as Popp computes it. */
import { signPayload } from '../../webhooks/signature.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { readInput } from '../input.js';
import { SECRET_OPTION, secretsFrom } from '../secret.js';

export const sign: Command = {
  name: 'sign',
  summary: 'Print the x-signature of a body (HMAC-SHA256 of its exact bytes, lowercase hex).',
  usage: 'sign [file|-] [--secret S]',
  description: [
    'Signs a body the way Popp signs a delivery: HMAC-SHA256 over its exact bytes, keyed with the signing',
    'secret, as 64 lowercase hex characters (the value of the x-signature header). The file is signed byte for',
    'byte: a trailing newline, if the file has one, is part of what is signed. Without a file (or with -), the',
    'body is read from standard input.',
  ].join('\n'),
  options: { secret: SECRET_OPTION },
  positionals: { min: 0, max: 1 },
  examples: ['sign body.json --secret "$POPP_WEBHOOK_SECRET"', "printf '%s' '{\"event\":\"WORKFLOW_RUN_STARTED\"}' | POPP_WEBHOOK_SECRET=whsec_test popp-workflow-contract sign"],
  async run(args, io) {
    const [secret] = secretsFrom(args, io.env);
    const input = await readInput(bodyPath(args.positionals, io), io);
    io.stdout.write(`${await signPayload(input.bytes, secret)}\n`);
    return EXIT.ok;
  },
};

/**
 * The body argument: the file named, `-`, or standard input when nothing is named and it is not a terminal.
 *
 * @example
 *   await readInput(bodyPath(args.positionals, io), io);
 */
export function bodyPath(positionals: readonly string[], io: { stdin: { isTTY?: boolean } }): string {
  const [path] = positionals;
  if (path !== undefined) return path;
  if (io.stdin.isTTY) throw new UsageError('no body: name a file, or pipe the body into standard input.');
  return '-';
}

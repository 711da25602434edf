/**
 * `verify`: whether an x-signature value matches a body, and if not, whether it is a mismatch (the wrong secret
 * or bytes) or not a signature at all (malformed). The verdict and its error codes are the receiver's own
 * (src/webhooks), so the CLI and a receiver never disagree.
 */
import { readDelivery } from '../../webhooks/construct-event.js';
import { stringOption } from '../args.js';
import { type Command, EXIT, UsageError } from '../command.js';
import { readInput } from '../input.js';
import { SECRET_OPTION, secretsFrom } from '../secret.js';
import { styleFor } from '../style.js';
import { bodyPath } from './sign.js';

export const verify: Command = {
  name: 'verify',
  summary: 'Check an x-signature against a body: valid, mismatch or malformed.',
  usage: 'verify [file|-] --signature SIG [--secret S …]',
  description: [
    'Checks the x-signature value of a delivery against its exact body bytes, as a receiver does: 64 hex',
    'characters (either case) or 44 base64 characters, optionally prefixed with "sha256=". Prints "valid", or',
    'the receiver\'s error code and why: signature-mismatch (well-formed, but not made with this secret over',
    'these bytes) or signature-malformed (not a signature at all). Give --secret more than once while rotating:',
    'any match is valid. Exit 0 valid, 1 mismatch or malformed.',
  ].join('\n'),
  options: {
    signature: { type: 'string', value: 'SIG', description: 'The x-signature header value to check (required).' },
    secret: { ...SECRET_OPTION, multiple: true, description: `${SECRET_OPTION.description} Repeat it to accept several (rotation).` },
  },
  positionals: { min: 0, max: 1 },
  examples: ['verify body.json --signature 3f1c…e9 --secret "$POPP_WEBHOOK_SECRET"', 'cat body.json | popp-workflow-contract verify - --signature "sha256=$SIG"'],
  async run(args, io) {
    const signature = stringOption(args, 'signature');
    if (signature === undefined) throw new UsageError('--signature SIG is required: the x-signature header value to check.');
    const secrets = secretsFrom(args, io.env);
    const input = await readInput(bodyPath(args.positionals, io), io);
    const style = styleFor(io.stdout, io.env);
    const read = await readDelivery(input.bytes, signature, secrets, 'tolerant');
    if (read.kind !== 'unsigned') {
      io.stdout.write(`${style.ok('valid')}: the signature matches the ${input.bytes.length}-byte body of ${input.name}.\n`);
      return EXIT.ok;
    }
    const error = read.error;
    const newline = input.bytes.at(-1) === 0x0a && error.code === 'signature-mismatch' ? ` Note: ${input.name} ends with a newline, which is signed too; if the delivery had none, the saved file gained it.` : '';
    io.stdout.write(`${style.bad(error.code)}: ${error.message}${newline}\n`);
    return EXIT.failed;
  },
};

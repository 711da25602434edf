/**
 * The signing secret of a command: from --secret (repeatable where several are accepted, for rotation) or the
 * POPP_WEBHOOK_SECRET environment variable. What is wrong with one is said without its value.
 */
import { type ParsedArgs, UsageError } from './command.js';
import { stringList } from './args.js';

/** The environment variable a secret is read from when --secret is not given. */
export const SECRET_ENV = 'POPP_WEBHOOK_SECRET';

/**
 * The secrets given, at least one; a missing or blank one is a usage error that never quotes it.
 *
 * @example
 *   const [secret] = secretsFrom(args, io.env); // --secret, else POPP_WEBHOOK_SECRET
 */
export function secretsFrom(args: ParsedArgs, env: Record<string, string | undefined>): [string, ...string[]] {
  const given = stringList(args, 'secret');
  const fromEnv = env[SECRET_ENV];
  const secrets = given.length > 0 ? given : fromEnv === undefined ? [] : [fromEnv];
  const source = given.length > 0 ? '--secret' : SECRET_ENV;
  if (secrets.length === 0) throw new UsageError(`no signing secret: pass --secret S or set ${SECRET_ENV} (the endpoint's signing secret from the Popp Developer Portal).`);
  secrets.forEach((secret, index) => {
    const which = secrets.length > 1 ? `${source} #${index + 1}` : source;
    if (secret === '') throw new UsageError(`${which} is empty: is the variable that should hold the secret set?`);
    if (secret.trim() === '') throw new UsageError(`${which} is only whitespace (${secret.length} character${secret.length === 1 ? '' : 's'}): is the variable that should hold the secret set?`);
  });
  return secrets as [string, ...string[]];
}

/** The option spec every command that signs or verifies takes. */
export const SECRET_OPTION = {
  type: 'string',
  value: 'S',
  description: `The endpoint's signing secret (default: $${SECRET_ENV}). Prefer the variable: a command line is visible to other users of the machine.`,
} as const;

/**
 * A long-running command's server (listen; a sandbox command the same way): listen on the address asked for,
 * turn the address problems a user can fix into usage errors, announce the URL on standard error (standard
 * output stays for the log, NDJSON included), and close when the process is asked to stop.
 */
import type { Server } from 'node:http';
import { integerOption, stringOption } from './args.js';
import { type CliIo, type OptionSpec, type ParsedArgs, UsageError } from './command.js';

/** Where a command serves: a port and an address of this machine. */
export interface ServeAddress {
  port: number;
  host: string;
}

/**
 * The `--port` and `--host` options of a command that serves, `what` naming what the port is for.
 *
 * @example
 *   options: { ...addressOptions('The port to listen on', 4000), json: { type: 'boolean', description: '…' } }
 */
export function addressOptions(what: string, defaultPort: number): { port: OptionSpec; host: OptionSpec } {
  return {
    port: { type: 'string', value: 'N', description: `${what} (default ${defaultPort}; 0 picks a free one).` },
    host: { type: 'string', value: 'H', description: 'The address to listen on (default 127.0.0.1).' },
  };
}

/**
 * The address `--port` and `--host` ask for, checked (a usage error names a bad port).
 *
 * @example
 *   const address = addressOf(args, 4000); // { port: 4000, host: '127.0.0.1' } when neither is given
 */
export function addressOf(args: ParsedArgs, defaultPort: number): ServeAddress {
  return { port: integerOption(args, 'port', { min: 0, max: 65535, fallback: defaultPort }), host: stringOption(args, 'host') ?? '127.0.0.1' };
}

/**
 * Serves until SIGINT/SIGTERM (`io.signal`), then closes every connection and resolves.
 *
 * @example
 *   await serveUntilAborted(createServer(listener), { port: 4000, host: '127.0.0.1' }, io, (url) => `Listening on ${url}`);
 */
export async function serveUntilAborted(server: Server, address: ServeAddress, io: CliIo, announce: (url: string) => string): Promise<void> {
  await start(server, address.port, address.host);
  io.stderr.write(`${announce(urlOf(server))}\n`);
  await new Promise<void>((resolve) => {
    if (io.signal.aborted) resolve();
    else io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function start(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new UsageError(`port ${port} on ${host} is in use: pass another --port (0 picks a free one).`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') reject(new UsageError(`cannot listen on ${JSON.stringify(host)}: not an address of this machine (${error.code}).`));
      else if (error.code === 'EACCES') reject(new UsageError(`not allowed to listen on port ${port} (EACCES): use a port above 1023.`));
      else reject(error);
    });
    server.listen(port, host, () => resolve());
  });
}

function urlOf(server: Server): string {
  const address = server.address();
  if (typeof address !== 'object' || address === null) return String(address);
  return `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}/`;
}

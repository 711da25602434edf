// The runtimes the packed package is run in, each from an npm package (binaries inside): Node 20.19, 22 and 24
// from test/runtimes/node_modules (installed by test/setup/packed.ts), Bun, Deno and workerd from the root
// devDependencies. Each one serves test/runtimes/app/ from a user's project folder on 127.0.0.1, on a port it
// picks itself and reports.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/contract.js';

export interface Runtime {
  name: string;
  /** The runtime's own version string. */
  version(): string;
  /** Runs `app/<entry>` from the project folder; resolves once it listens. */
  serve(projectDir: string): Promise<Served>;
  /** The command that runs a CommonJS file, for the runtimes that can require() the package. */
  requireCommand?: (file: string) => [string, string[]];
}

export interface Served {
  url: string;
  stop(): Promise<void>;
}

const NODE_MODULES = join(ROOT, 'node_modules');
const RUNTIME_MODULES = join(ROOT, 'test/runtimes/node_modules');

/**
 * The first of `paths` that is the runtime's binary (more than 1 MB: the npm packages' launchers are small
 * scripts). Where npm ran the package's install script, the binary has been moved out of its platform
 * package into the main one; where it did not, it is still in the platform package.
 */
export function binary(...paths: string[]): string {
  const found = paths.find((path) => existsSync(path) && statSync(path).size > 1024 * 1024);
  if (!found) throw new Error(`No runtime binary at ${paths.join(' or ')}: run npm ci (npm test installs test/runtimes/). These runtimes are packaged for linux-x64.`);
  return found;
}

// Keep each runtime's caches inside the project folder it runs in, never in the user's home.
const cacheEnv = (projectDir: string) => ({ DENO_DIR: join(projectDir, '.deno'), BUN_RUNTIME_TRANSPILER_CACHE_PATH: '0', BUN_INSTALL_CACHE_DIR: join(projectDir, '.bun') });

function node(major: string): Runtime {
  const bin = () => binary(join(RUNTIME_MODULES, `node-${major}/bin/node`));
  return {
    name: `Node ${major}`,
    version: () => execFileSync(bin(), ['--version'], { encoding: 'utf8' }).trim(),
    serve: (dir) => listening(spawn(bin(), ['app/node.mjs'], { cwd: dir, env: { ...process.env, ...cacheEnv(dir) } })),
    requireCommand: (file) => [bin(), [file]],
  };
}

const BUN = () => binary(join(NODE_MODULES, 'bun/bin/bun.exe'), join(NODE_MODULES, '@oven/bun-linux-x64/bin/bun'));
const DENO = () => binary(join(NODE_MODULES, '@deno/linux-x64-glibc/deno'), join(NODE_MODULES, 'deno/deno'));
const WORKERD = () => binary(join(NODE_MODULES, '@cloudflare/workerd-linux-64/bin/workerd'));

const bun: Runtime = {
  name: 'Bun',
  version: () => `bun ${execFileSync(BUN(), ['--version'], { encoding: 'utf8' }).trim()}`,
  serve: (dir) => listening(spawn(BUN(), ['run', 'app/bun.mjs'], { cwd: dir, env: { ...process.env, ...cacheEnv(dir) } })),
  requireCommand: (file) => [BUN(), ['run', file]],
};

const deno: Runtime = {
  name: 'Deno',
  version: () => execFileSync(DENO(), ['--version'], { encoding: 'utf8' }).split(' ').slice(0, 2).join(' '),
  // --allow-net for the servers on 127.0.0.1 only; --allow-read for node_modules. The package itself asks for nothing.
  serve: (dir) =>
    listening(spawn(DENO(), ['run', '--no-lock', '--no-prompt', '--allow-net=127.0.0.1', '--allow-read=.', 'app/deno.mjs'], { cwd: dir, env: { ...process.env, ...cacheEnv(dir) } })),
};

const workerd: Runtime = {
  name: 'workerd',
  version: () => execFileSync(WORKERD(), ['--version'], { encoding: 'utf8' }).trim(),
  serve(dir) {
    // Bundled as wrangler bundles a Worker (esbuild, the workerd/worker/browser conditions), run without
    // nodejs_compat, with outbound fetch allowed to loopback addresses only.
    execFileSync(join(NODE_MODULES, '.bin/esbuild'), ['app/worker.mjs', '--bundle', '--format=esm', '--platform=browser', '--conditions=workerd,worker', '--outfile=worker.bundle.mjs', '--log-level=warning'], { cwd: dir, stdio: 'pipe' });
    writeFileSync(
      join(dir, 'workerd.capnp'),
      `using Workerd = import "/workerd/workerd.capnp";
const config :Workerd.Config = (
  services = [ (name = "main", worker = .worker), (name = "loopback", network = (allow = ["local"])) ],
  sockets = [ (name = "http", address = "127.0.0.1:0", http = (), service = "main") ],
);
const worker :Workerd.Worker = (
  modules = [ (name = "worker.js", esModule = embed "worker.bundle.mjs") ],
  compatibilityDate = "2026-11-01",
  globalOutbound = "loopback",
);
`,
    );
    // --control-fd=3: workerd writes {"event":"listen","port":N} there once the socket is bound.
    const child = spawn(WORKERD(), ['serve', 'workerd.capnp', '--control-fd=3'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe', 'pipe'] });
    return listening(child, child.stdio[3] as NodeJS.ReadableStream);
  },
};

export const RUNTIMES: Runtime[] = [node('20'), node('22'), node('24'), bun, deno, workerd];

/**
 * Resolves once a server process announces its port on `announcements` (its stdout unless given), as
 * `{"port": N}` or `http://127.0.0.1:N`; rejects with what it printed if it exits first.
 *
 * @example
 *   const served = await listening(spawn(process.execPath, ['server.js']));
 *   await fetch(served.url);
 *   await served.stop();
 */
export function listening(child: ChildProcess, announcements: NodeJS.ReadableStream | null = child.stdout): Promise<Served> {
  return new Promise((resolve, reject) => {
    let output = '';
    const stop = () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill();
      });
    for (const stream of new Set([child.stdout, child.stderr, announcements])) {
      stream?.on('data', (chunk) => {
        output += chunk;
        const port = stream === announcements ? /"port":\s*(\d+)|http:\/\/127\.0\.0\.1:(\d+)/.exec(output) : null;
        if (port) resolve({ url: `http://127.0.0.1:${port[1] ?? port[2]}`, stop });
      });
    }
    child.once('error', reject);
    child.once('exit', (code, signal) => reject(new Error(`exited (${code ?? signal}) before listening:\n${output}`)));
  });
}

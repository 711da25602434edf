// What the browser and other-language tests need from the machine, provisioned by the test command itself:
// Debian packages are installed with apt when the tests run as root (as on this project's machines and CI);
// otherwise the run stops at once with the one command that installs them. Python is the `python3` on PATH,
// which pip cannot reach here, so a missing Python module is reported, never installed.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface SystemPackage {
  /** What it is for, in the failure message. */
  purpose: string;
  /** True when it is usable already. */
  present(): boolean;
  /** The Debian package that provides it. */
  apt: string;
}

export const CHROMIUM = '/usr/bin/chromium';
/** Debian's Jackson jars (package libjackson2-databind-java), which the generated Java models are compiled against. */
export const JACKSON_JARS = ['jackson-annotations', 'jackson-core', 'jackson-databind'].map((name) => `/usr/share/java/${name}.jar`);

export const chromium: SystemPackage = { purpose: 'headless Chromium for the docs site test', present: () => existsSync(CHROMIUM), apt: 'chromium' };
export const jdk: SystemPackage = { purpose: 'javac for the Java models test', present: () => onPath('javac'), apt: 'openjdk-17-jdk-headless' };
export const jackson: SystemPackage = { purpose: 'Jackson jars for the Java models test', present: () => JACKSON_JARS.every((jar) => existsSync(jar)), apt: 'libjackson2-databind-java' };

/**
 * Makes sure every package is there: installs the missing ones with apt-get as root, or throws with the
 * command to run.
 *
 * @example
 *   ensureSystemPackages([chromium]); // as root: apt-get install chromium if /usr/bin/chromium is missing
 */
export function ensureSystemPackages(packages: SystemPackage[]): void {
  const missing = packages.filter((item) => !item.present());
  if (missing.length === 0) return;
  const names = missing.map((item) => item.apt);
  const what = missing.map((item) => `${item.apt} (${item.purpose})`).join(', ');
  const command = `apt-get update && apt-get install -y --no-install-recommends ${names.join(' ')}`;
  if (process.getuid?.() !== 0 || !onPath('apt-get')) {
    throw new Error(`Missing system packages: ${what}. Install them with:\n  sudo sh -c '${command}'\nor run only the tests that need none: npm run test:quick`);
  }
  console.error(`Installing ${names.join(', ')} with apt-get (${what})...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Another test run may hold the dpkg lock (two suites at once): wait for it rather than fail.
  const lock = ['-o', 'DPkg::Lock::Timeout=600'];
  execFileSync('apt-get', [...lock, 'update'], { stdio: ['ignore', 'ignore', 'inherit'], env });
  execFileSync('apt-get', [...lock, 'install', '-y', '--no-install-recommends', ...names], { stdio: ['ignore', 'ignore', 'inherit'], env });
  const still = missing.filter((item) => !item.present());
  if (still.length > 0) throw new Error(`apt-get installed ${names.join(' ')}, but ${still.map((item) => item.purpose).join(', ')} is still missing.`);
}

/**
 * Checks that `python3` on PATH has the modules the Python tests import; throws with what to install.
 *
 * @example
 *   ensurePythonModules({ jsonschema: '4.18', pydantic: '2' });
 */
export function ensurePythonModules(minimum: Record<string, string>): void {
  const script = `import importlib.metadata as m, json, sys
found = {}
for name in sys.argv[1:]:
    try: found[name] = m.version(name)
    except m.PackageNotFoundError: found[name] = None
print(json.dumps(found))`;
  const run = spawnSync('python3', ['-c', script, ...Object.keys(minimum)], { encoding: 'utf8' });
  if (run.error || run.status !== 0) throw new Error(`python3 is not on PATH (${run.error?.message ?? run.stderr.trim()}): the Python tests need Python 3.9 or later.`);
  const found = JSON.parse(run.stdout) as Record<string, string | null>;
  const wrong = Object.entries(minimum).filter(([name, version]) => !atLeast(found[name], version));
  if (wrong.length > 0) {
    const have = wrong.map(([name]) => `${name} ${found[name] ?? 'missing'}`).join(', ');
    throw new Error(`python3 on PATH lacks what the Python tests need (${have}). Install with:\n  python3 -m pip install ${wrong.map(([name, version]) => `'${name}>=${version}'`).join(' ')}`);
  }
}

function atLeast(version: string | null | undefined, minimum: string): boolean {
  if (!version) return false;
  const have = version.split('.').map((part) => Number.parseInt(part, 10));
  const want = minimum.split('.').map((part) => Number.parseInt(part, 10));
  for (let index = 0; index < want.length; index++) {
    const a = have[index] ?? 0;
    const b = want[index] ?? 0;
    if (a !== b) return a > b;
  }
  return true;
}

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

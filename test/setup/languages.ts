// Global setup of the `languages` test project: a JDK and Debian's Jackson jars (installed with apt when
// missing), and jsonschema and pydantic 2 in the `python3` on PATH (see system-packages.ts).
import { ensurePythonModules, ensureSystemPackages, jackson, jdk } from './system-packages.js';

export default function setup(): void {
  ensureSystemPackages([jdk, jackson]);
  ensurePythonModules({ jsonschema: '4.18', pydantic: '2' });
}

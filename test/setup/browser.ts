// Global setup of the `browser` test project: Debian's Chromium (see system-packages.ts).
import { chromium, ensureSystemPackages } from './system-packages.js';

export default function setup(): void {
  ensureSystemPackages([chromium]);
}

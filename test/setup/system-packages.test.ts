// The provisioning rule of the browser and languages projects: install with apt as root, otherwise stop at
// once with the command to run. Only the not-root path runs here; the apt path is what `npm test` does on CI.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ensureSystemPackages, type SystemPackage } from './system-packages.js';

const missing: SystemPackage = { purpose: 'something the tests need', present: () => false, apt: 'no-such-package-popp' };
const present: SystemPackage = { purpose: 'something there', present: () => true, apt: 'coreutils' };

describe('ensureSystemPackages', () => {
  afterEach(() => vi.restoreAllMocks());

  it('does nothing when every package is present', () => {
    expect(() => ensureSystemPackages([present])).not.toThrow();
  });

  it('without root, fails at once with the one command that installs what is missing', () => {
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    expect(() => ensureSystemPackages([present, missing])).toThrow(
      "Missing system packages: no-such-package-popp (something the tests need). Install them with:\n  sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends no-such-package-popp'",
    );
  });
});

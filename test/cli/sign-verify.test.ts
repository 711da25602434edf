// sign and verify, cross-checked with OpenSSL's HMAC (a signer we did not write): the x-signature is
// HMAC-SHA256 over the exact bytes, lowercase hex (src/webhooks/signature.ts); verify tells a mismatch from a
// malformed value with the receiver's own error codes, and no output ever holds the secret.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, STACK_FRAME } from './cli.js';

const SECRET = 'whsec_cli_sign_7f3a9c';
const dir = mkdtempSync(join(tmpdir(), 'popp-cli-sign-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// No trailing newline in one, one in the other: the newline is signed too.
const BODY = '{"event":"WORKFLOW_RUN_STARTED","eventId":"evt_1",  "data":{"recordId":"run_1"}}';
const file = join(dir, 'body.json');
const fileWithNewline = join(dir, 'body-newline.json');
writeFileSync(file, BODY);
writeFileSync(fileWithNewline, `${BODY}\n`);

function openssl(path: string, secret: string, encoding: 'hex' | 'base64'): string {
  if (encoding === 'hex') return execFileSync('openssl', ['dgst', '-sha256', '-hmac', secret, '-hex', path], { encoding: 'utf8' }).trim().split('= ').at(-1) as string;
  return execFileSync('openssl', ['dgst', '-sha256', '-hmac', secret, '-binary', path]).toString('base64');
}

describe('sign', () => {
  it('prints the same lowercase hex HMAC-SHA256 as openssl, from a file, from stdin and with the secret from the environment', async () => {
    const expected = openssl(file, SECRET, 'hex');
    expect(expected).toMatch(/^[0-9a-f]{64}$/);
    const fromFile = await runCli(['sign', file, '--secret', SECRET]);
    expect(fromFile).toEqual({ code: 0, stdout: `${expected}\n`, stderr: '' });
    expect((await runCli(['sign', '-'], { input: BODY, env: { POPP_WEBHOOK_SECRET: SECRET } })).stdout).toBe(`${expected}\n`);
    expect((await runCli(['sign'], { input: BODY, env: { POPP_WEBHOOK_SECRET: SECRET } })).stdout).toBe(`${expected}\n`);
  });

  it('signs the exact bytes: a trailing newline changes the signature, as openssl agrees', async () => {
    const signed = await runCli(['sign', fileWithNewline, '--secret', SECRET]);
    expect(signed.stdout).toBe(`${openssl(fileWithNewline, SECRET, 'hex')}\n`);
    expect(signed.stdout).not.toBe(`${openssl(file, SECRET, 'hex')}\n`);
  });

  it('refuses a missing or blank secret with exit 2, without a stack trace', async () => {
    const missing = await runCli(['sign', file]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no signing secret: pass --secret S or set POPP_WEBHOOK_SECRET');
    const blank = await runCli(['sign', file], { env: { POPP_WEBHOOK_SECRET: '  ' } });
    expect(blank.code).toBe(2);
    expect(blank.stderr).toContain('POPP_WEBHOOK_SECRET is only whitespace (2 characters)');
    for (const result of [missing, blank]) expect(result.stderr).not.toMatch(STACK_FRAME);
  });
});

describe('verify', () => {
  it('accepts what openssl signed, as hex (either case), base64 and with a sha256= prefix', async () => {
    const hex = openssl(file, SECRET, 'hex');
    for (const signature of [hex, hex.toUpperCase(), openssl(file, SECRET, 'base64'), `sha256=${hex}`]) {
      const result = await runCli(['verify', file, '--signature', signature, '--secret', SECRET]);
      expect(result, signature).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toContain(`valid: the signature matches the ${BODY.length}-byte body of ${file}.`);
    }
  });

  it('tells a mismatch (another secret, other bytes) from a malformed value, exit 1 for both', async () => {
    const otherSecret = await runCli(['verify', file, '--signature', openssl(file, 'another secret', 'hex'), '--secret', SECRET]);
    expect(otherSecret.code).toBe(1);
    expect(otherSecret.stdout).toMatch(/^signature-mismatch: The x-signature header does not match the body/);
    const otherBytes = await runCli(['verify', fileWithNewline, '--signature', openssl(file, SECRET, 'hex'), '--secret', SECRET]);
    expect(otherBytes.code).toBe(1);
    expect(otherBytes.stdout).toContain('signature-mismatch');
    expect(otherBytes.stdout).toContain('ends with a newline, which is signed too');
    const malformed = await runCli(['verify', file, '--signature', 'not-a-signature', '--secret', SECRET]);
    expect(malformed.code).toBe(1);
    expect(malformed.stdout).toMatch(/^signature-malformed: The x-signature header is not a signature: expected 64 hex characters or 44 base64/);
    expect(malformed.stdout).not.toContain('mismatch');
  });

  it('accepts any of several secrets while one is rotated', async () => {
    const result = await runCli(['verify', file, '--signature', openssl(file, SECRET, 'hex'), '--secret', 'the-new-secret', '--secret', SECRET]);
    expect(result.code).toBe(0);
  });

  it('never prints the secret, whatever the verdict', async () => {
    const outputs = await Promise.all([
      runCli(['verify', file, '--signature', openssl(file, 'x', 'hex'), '--secret', ` ${SECRET}\n`]),
      runCli(['verify', file, '--signature', 'zz', '--secret', SECRET]),
      runCli(['verify', file, '--secret', SECRET]),
      runCli(['sign', join(dir, 'missing.json'), '--secret', SECRET]),
    ]);
    expect(outputs.map((result) => result.code)).toEqual([1, 1, 2, 2]);
    expect(outputs[0]?.stdout).toContain('leading or trailing whitespace');
    expect(outputs[2]?.stderr).toContain('--signature SIG is required');
    expect(outputs[3]?.stderr).toContain('no such file (ENOENT)');
    for (const result of outputs) expect(result.stdout + result.stderr).not.toContain(SECRET);
  });
});

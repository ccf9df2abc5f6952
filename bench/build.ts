import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Build the extension into `outDir` (its chrome-mv3/ inside), with extra build-time environment
 * (WXT_* variables are read at build time). A child process, so each build sees its own environment
 * and the shared .output/ of the other engineers' e2e runs is left alone.
 */
export function buildExtensionInto(outDir: string, env: Record<string, string> = {}): void {
  const quiet = '{ ...console, info() {}, success() {}, log() {}, start() {}, box() {}, debug() {}, warn() {} }';
  execFileSync('npx', ['tsx', '-e', `import('wxt').then(({ build }) => build({ outDir: ${JSON.stringify(outDir)}, logger: ${quiet} }))`], {
    cwd: ROOT, stdio: 'pipe', env: { ...process.env, ...env },
  });
}

import { EXTENSION_DIR, buildExtension, checkBuild } from './harness';

/**
 * Once per run, before any e2e file: build the extension (every file loads the same build) and
 * refuse a build Chromium would not load, with the reason, instead of each file waiting for a
 * service worker that never starts.
 */
export default function setup(): void {
  buildExtension();
  checkBuild(EXTENSION_DIR);
}

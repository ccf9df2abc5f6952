import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The evaluation pages: ../shared/eval beside the checkout, or $SOURCELIGHT_EVAL. Not in this repository. */
export const EVAL_DIR = resolve(process.env.SOURCELIGHT_EVAL ?? '../shared/eval');
export const DEV_PAGES_DIR = resolve(EVAL_DIR, 'dev/pages');

/**
 * Stop with one line saying what is missing and how to get it (not a stack trace from the first
 * readdirSync), when the dev pages are not there.
 */
export function requireDevPages(command: string): void {
  if (existsSync(DEV_PAGES_DIR)) return;
  console.error(`${command} needs the dev pages of the evaluation set, which are not in this repository: ${DEV_PAGES_DIR} not found. Put the team's eval folder at ../shared/eval beside this checkout, or set SOURCELIGHT_EVAL=/path/to/eval.`);
  process.exit(2);
}

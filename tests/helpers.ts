import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Text of a file under tests/fixtures (vitest runs from the project root). */
export function fixture(name: string): string {
  return readFileSync(join(process.cwd(), 'tests/fixtures', name), 'utf8');
}

/** Parse HTML with the test environment's (happy-dom's) DOMParser. */
export function parseDoc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR } from './harness';
import { startSession, type Session } from './session';

/**
 * Keyboard commands: every command of the built manifest has a suggested key, and Chromium assigns
 * each one (a key Chrome refuses is dropped at install without a word: the command then has no key).
 */

let session: Session;

beforeAll(async () => {
  session = await startSession();
});

afterAll(async () => {
  await session?.close();
});

interface Command {
  name?: string;
  shortcut?: string;
}

describe('keyboard commands', () => {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as { commands: Record<string, { suggested_key?: { default?: string } }> };
  const names = Object.keys(manifest.commands).sort();

  it('the built manifest declares the commands, each with a suggested key', () => {
    expect(names).toEqual(['_execute_action', 'annotate-selection', 'next-finding', 'toggle-highlights']);
    for (const name of names) expect(manifest.commands[name].suggested_key?.default, name).toMatch(/^(Ctrl|Alt)\+/);
  });

  it('Chromium registered every command with its suggested key', async () => {
    const got = (await session.control.evaluate(() => (globalThis as unknown as { chrome: { commands: { getAll(): Promise<Command[]> } } }).chrome.commands.getAll())) as Command[];
    const assigned = Object.fromEntries(got.map((c) => [c.name, c.shortcut]));
    for (const name of names) {
      // Chromium writes the key as it will show it (e.g. "Alt+Shift+H").
      expect(assigned[name], `${name} has no key`).toBe(manifest.commands[name].suggested_key!.default);
    }
  });
});

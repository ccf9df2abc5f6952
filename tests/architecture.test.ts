import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules that a bundler would not catch: imports run one way (entrypoints → components →
 * lib), and the content script, which every news page loads, stays free of the heavy modules that
 * belong off the page (Readability and the analysis run in the background; Dexie in the
 * background and extension pages). Static imports only: a dynamic `import()` makes its own chunk.
 */

const ROOT = process.cwd();
const STATIC_IMPORT = /^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(c) && statSync(c).isFile()) return c;
  }
  return null;
}

/** Every file and package specifier a module reaches through static, non-type imports. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      const spec = m[1];
      if (spec.startsWith('.')) {
        const next = resolveLocal(file, spec);
        if (next) todo.push(next);
      } else {
        packages.add(spec);
      }
    }
  }
  return { files, packages };
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => join(ROOT, dir, f));
}

describe('architecture', () => {
  it('the content script does not bundle Readability, the analysis or Dexie', () => {
    const { files, packages } = reach(join(ROOT, 'entrypoints/content/index.ts'));
    // The page runs only our own small check (is this an article?, lib/article/readerable.ts).
    expect([...packages].filter((p) => p.startsWith('@mozilla/readability'))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('dexie'))).toEqual([]);
    const rel = [...files].map((f) => relative(ROOT, f));
    expect(rel).not.toContain('lib/analyze.ts');
    expect(rel.filter((f) => f.startsWith('lib/storage/') && !/schemas|errors|words/.test(f))).toEqual([]);
  });

  it.each([
    ['lib', ['components/', 'entrypoints/']],
    ['components', ['entrypoints/']],
  ])('%s/ never imports from %j', (dir, forbidden) => {
    const offending: string[] = [];
    for (const file of sources(dir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
        if (!m[1].startsWith('.')) continue;
        const target = relative(ROOT, resolve(dirname(file), m[1]));
        if (forbidden.some((f) => target.startsWith(f))) offending.push(`${relative(ROOT, file)} → ${m[1]}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it('lib/ reaches for no browser extension globals', () => {
    const code = (f: string) => readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    const offending = sources('lib').filter((f) => /\b(?:browser|chrome)\.(?:runtime|storage|tabs|scripting)\b/.test(code(f)));
    expect(offending.map((f) => relative(ROOT, f))).toEqual([]);
  });
});

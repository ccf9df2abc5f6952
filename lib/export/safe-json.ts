/**
 * A JSON parser for files a reader imports, which may come from anywhere. It stops at a depth,
 * an array length and a string length before the engine sees the file (JSON.parse takes 1.1 s
 * on a 200,000-deep `[[[…`, and 72 s and 670 MB on a 10,000,000-deep one), says where a file broke in plain words with a
 * line and column, tells which line each object or array started on, and refuses
 * prototype-polluting keys, so nothing downstream ever sees an object with an own `__proto__`.
 *
 * Linear, and native where it can be. A valid file takes three passes: `scan` (our own, over the
 * characters outside strings: limits, the line of every container, key count), the engine's
 * `JSON.parse`, and a walk of the result (forbidden keys, null prototypes, lines). Only when one of
 * them finds something wrong does the slower `parseSlowly` run, to say what and where.
 * Measured in Node 20 on a minified 25 MB backup (42,000 notes on one line; a 2-core machine
 * under load, best of 7 with the median in brackets):
 *   JSON.parse alone 0.45 s (1.0); json-parse-even-better-errors 0.48 s (0.7);
 *   parseJson 0.83 s (1.3) = scan 0.12 + JSON.parse + walk (null prototypes, lines);
 *   the careful parser alone 2.3 s (3.5); before this change it rescanned the line for a newline
 *   at every object: 4,000 notes 1.1 s, 8,000 notes 9.0 s, the 25 MB file over 100 s;
 *   a comma missing 200 characters before the end: 0.55 s for JSON.parse to fail, 3.8 s (6.5)
 *   in all with our message, line and column.
 * json-parse-even-better-errors costs what JSON.parse costs but adds only a context string to
 * the engine's error: no limits, no lines for records, no guard against `__proto__`, messages in
 * engine words. So the native parse is ours, and this module keeps only what it lacks.
 */

export interface JsonLimits {
  /** Characters of input (a JS string length, about bytes for ASCII). */
  maxChars: number;
  /** Nesting of arrays/objects. */
  maxDepth: number;
  /** Items of one array / keys of one object. */
  maxItems: number;
  /** Characters of one string. */
  maxString: number;
}

export const DEFAULT_LIMITS: JsonLimits = {
  maxChars: 64 * 1024 * 1024,
  maxDepth: 32,
  maxItems: 500_000,
  maxString: 1_000_000,
};

/** Keys that can reach Object.prototype through a careless merge. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface JsonError {
  message: string;
  /** Offset in the text, and 1-based line/column. */
  position: number;
  line: number;
  column: number;
}

export type JsonResult = { ok: true; value: unknown; lines: WeakMap<object, number> } | { ok: false; error: JsonError };

/** 1-based line and column of an offset. */
export function lineColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < position; i = text.indexOf('\n', i + 1)) {
    line++;
    lastBreak = i;
  }
  return { line, column: position - lastBreak };
}

class ParseFailure extends Error {
  constructor(
    message: string,
    readonly position: number,
  ) {
    super(message);
  }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WS = /[ \t\n\r]*/y;

/**
 * Parse `text`. On success, `lines` gives the 1-based line where each object or array began
 * (so an invalid record can be reported by its line).
 */
export function parseJson(text: string, limits: JsonLimits = DEFAULT_LIMITS): JsonResult {
  if (text.length > limits.maxChars) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    return fail(text, `The file is too large to import (${mb(text.length)} MB; the limit is ${mb(limits.maxChars)} MB). Export fewer notes at a time.`, 0);
  }
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const shape = scan(text, start, limits);
  if (!shape) return parseSlowly(text, limits);
  let value: unknown;
  try {
    value = JSON.parse(start ? text.slice(start) : text);
  } catch {
    return parseSlowly(text, limits);
  }
  const lines = walk(value, shape);
  return lines ? { ok: true, value, lines } : parseSlowly(text, limits);
}

/** What `scan` learns of a file: the line of each object or array in text order, and the key count. */
interface Shape {
  lines: number[];
  keys: number;
}

/**
 * One pass over the characters outside strings (strings are skipped with `indexOf`). Returns
 * null when the file breaks a limit or is not shaped like JSON, so that `parseSlowly` says why
 * and where; the grammar itself is left to `JSON.parse`.
 */
function scan(text: string, start: number, limits: JsonLimits): Shape | null {
  const lines: number[] = [];
  // Items seen so far in each open container (commas + 1), by depth.
  const items: number[] = [];
  let depth = 0;
  let line = 1;
  let keys = 0;
  const end = text.length;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      let q = text.indexOf('"', i + 1);
      for (;;) {
        if (q === -1) return null;
        let b = q - 1;
        while (text.charCodeAt(b) === 92 /* \ */) b--;
        if ((q - 1 - b) % 2 === 0) break;
        q = text.indexOf('"', q + 1);
      }
      if (q - i - 1 > limits.maxString) return null;
      i = q;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limits.maxDepth) return null;
      items[depth] = 1;
      lines.push(line);
    } else if (c === 125 /* } */ || c === 93 /* ] */) {
      if (--depth < 0) return null;
    } else if (c === 44 /* , */) {
      if (depth === 0 || ++items[depth] > limits.maxItems) return null;
    } else if (c === 58 /* : */) {
      keys++;
    } else if (c === 10 /* \n */) {
      line++;
    }
  }
  return depth === 0 ? { lines, keys } : null;
}

const isIndexLike = (key: string) => key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57;

/**
 * Walk `JSON.parse`'s result in text order (depth first, keys in order): give every object a null
 * prototype and every container the line `scan` saw it start on. Returns null, for `parseSlowly`
 * to decide, on a forbidden key, and when the walk's order may not be the text's: an object with
 * a key repeated (JSON.parse keeps the last value, at the first key's place; seen as fewer keys
 * than `scan` counted colons) or with a key that looks like an array index (those come first).
 * Iterative, so depth never costs stack.
 */
function walk(value: unknown, shape: Shape): WeakMap<object, number> | null {
  const lines = new WeakMap<object, number>();
  const stack: unknown[] = [value];
  let next = 0;
  let keys = 0;
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== 'object') continue;
    if (next >= shape.lines.length) return null;
    lines.set(v, shape.lines[next++]);
    if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push(v[i]);
      continue;
    }
    const own = Object.keys(v);
    keys += own.length;
    for (let i = own.length - 1; i >= 0; i--) {
      const k = own[i];
      if (FORBIDDEN_KEYS.has(k) || isIndexLike(k)) return null;
      stack.push((v as Record<string, unknown>)[k]);
    }
    Object.setPrototypeOf(v, null);
  }
  return next === shape.lines.length && keys === shape.keys ? lines : null;
}

/**
 * Our own recursive-descent parser: what says why and where a file is refused, and the fallback
 * for the rare files whose lines the fast path cannot place. Linear too (`lineAt` only moves
 * forward), but about three times slower than the fast path.
 */
function parseSlowly(text: string, limits: JsonLimits): JsonResult {
  const lines = new WeakMap<object, number>();
  let pos = 0;
  let line = 1;
  // Line counting only moves forward: the next newline is searched for once, not at every call
  // (searching again from the last position rescanned a one-line file to its end each time).
  let nextBreak = text.indexOf('\n');
  const lineAt = (p: number): number => {
    while (nextBreak !== -1 && nextBreak < p) {
      line++;
      nextBreak = text.indexOf('\n', nextBreak + 1);
    }
    return line;
  };

  const skipWs = () => {
    WS.lastIndex = pos;
    WS.test(text);
    pos = WS.lastIndex;
  };

  const describeAt = (p: number): string => (p >= text.length ? 'the end of the file' : `"${text[p]}"`);

  const parseString = (): string => {
    const start = pos + 1;
    let i = start;
    let escaped = false;
    for (;;) {
      const q = text.indexOf('"', i);
      if (q === -1) throw new ParseFailure('The file ends inside a text (a string is not closed): it looks truncated', text.length);
      // A quote preceded by an odd number of backslashes is escaped.
      let b = q - 1;
      while (b >= start && text.charCodeAt(b) === 92) b--;
      if ((q - 1 - b) % 2 === 1) {
        escaped = true;
        i = q + 1;
        continue;
      }
      if (q - start > limits.maxString) throw new ParseFailure(`A text is too long (${q - start} characters; the limit is ${limits.maxString})`, pos);
      const raw = text.slice(start, q);
      pos = q + 1;
      if (!escaped && !/[\u0000-\u001f\\]/.test(raw)) return raw;
      try {
        return JSON.parse(`"${raw}"`) as string;
      } catch {
        throw new ParseFailure('A text contains an invalid escape or a control character', start - 1);
      }
    }
  };

  const parseValue = (depth: number): unknown => {
    skipWs();
    const c = text[pos];
    if (c === '{' || c === '[') {
      if (depth >= limits.maxDepth) throw new ParseFailure(`The data is nested too deeply (more than ${limits.maxDepth} levels)`, pos);
      const at = lineAt(pos);
      const container = c === '{' ? parseObject(depth + 1) : parseArray(depth + 1);
      lines.set(container, at);
      return container;
    }
    if (c === '"') return parseString();
    if (c === 't' && text.startsWith('true', pos)) return (pos += 4), true;
    if (c === 'f' && text.startsWith('false', pos)) return (pos += 5), false;
    if (c === 'n' && text.startsWith('null', pos)) return (pos += 4), null;
    NUMBER.lastIndex = pos;
    const m = NUMBER.exec(text);
    if (m) {
      pos += m[0].length;
      return Number(m[0]);
    }
    if (pos >= text.length) throw new ParseFailure('The file ends too early: it looks truncated', pos);
    throw new ParseFailure(`Unexpected ${describeAt(pos)} where a value was expected`, pos);
  };

  const parseArray = (depth: number): unknown[] => {
    const out: unknown[] = [];
    pos++;
    skipWs();
    if (text[pos] === ']') return pos++, out;
    for (;;) {
      if (out.length >= limits.maxItems) throw new ParseFailure(`A list has too many items (more than ${limits.maxItems})`, pos);
      out.push(parseValue(depth));
      skipWs();
      const c = text[pos++];
      if (c === ']') return out;
      if (c !== ',') throw new ParseFailure(pos > text.length ? 'The file ends inside a list: it looks truncated' : `Expected "," or "]" but found ${describeAt(pos - 1)}`, pos - 1);
    }
  };

  const parseObject = (depth: number): Record<string, unknown> => {
    // A null-prototype object: even a key that slipped through could not reach Object.prototype.
    const out: Record<string, unknown> = Object.create(null);
    let count = 0;
    pos++;
    skipWs();
    if (text[pos] === '}') return pos++, out;
    for (;;) {
      skipWs();
      if (text[pos] !== '"') {
        throw new ParseFailure(pos >= text.length ? 'The file ends inside an object: it looks truncated' : `Expected a quoted key but found ${describeAt(pos)}`, pos);
      }
      const keyAt = pos;
      const key = parseString();
      if (FORBIDDEN_KEYS.has(key)) throw new ParseFailure(`The key "${key}" is not allowed (it could alter how the program behaves)`, keyAt);
      if (++count > limits.maxItems) throw new ParseFailure(`An object has too many keys (more than ${limits.maxItems})`, keyAt);
      skipWs();
      if (text[pos] !== ':') throw new ParseFailure(pos >= text.length ? 'The file ends inside an object: it looks truncated' : `Expected ":" but found ${describeAt(pos)}`, pos);
      pos++;
      out[key] = parseValue(depth);
      skipWs();
      const c = text[pos++];
      if (c === '}') return out;
      if (c !== ',') throw new ParseFailure(pos > text.length ? 'The file ends inside an object: it looks truncated' : `Expected "," or "}" but found ${describeAt(pos - 1)}`, pos - 1);
    }
  };

  try {
    // A byte-order mark is not JSON but editors add it.
    if (text.charCodeAt(0) === 0xfeff) pos = 1;
    skipWs();
    if (pos >= text.length) throw new ParseFailure('The file is empty', 0);
    const value = parseValue(0);
    skipWs();
    if (pos < text.length) throw new ParseFailure(`Unexpected ${describeAt(pos)} after the end of the data`, pos);
    return { ok: true, value, lines };
  } catch (e) {
    if (e instanceof ParseFailure) return fail(text, e.message, Math.min(e.position, text.length));
    throw e;
  }
}

function fail(text: string, message: string, position: number): JsonResult {
  const { line, column } = lineColumn(text, position);
  return { ok: false, error: { message: `${message} (line ${line}, column ${column})`, position, line, column } };
}

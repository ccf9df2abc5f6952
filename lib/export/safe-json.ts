/**
 * A JSON parser for files a reader imports, which may come from anywhere. `JSON.parse` would do
 * the grammar, but it cannot stop at a depth or array length (a 100,000-deep `[[[…` ends in a
 * RangeError or a frozen tab), it says where a file broke in engine-specific words, and it cannot
 * tell which line a record started on. This one does all three and refuses prototype-polluting
 * keys, so nothing downstream ever sees an object with an own `__proto__`.
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
  const lines = new WeakMap<object, number>();
  let pos = 0;
  let line = 1;
  // Line counting is incremental: `lineAt` only scans forward from the last position it saw.
  let lineScanned = 0;
  const lineAt = (p: number): number => {
    for (let i = text.indexOf('\n', lineScanned); i !== -1 && i < p; i = text.indexOf('\n', i + 1)) line++;
    lineScanned = p;
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

import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, parseJson } from '../../lib/export/safe-json';

const err = (text: string, limits = DEFAULT_LIMITS) => {
  const r = parseJson(text, limits);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
};

describe('parseJson reads what JSON.parse reads', () => {
  it.each([
    ['{"a":[1,-2.5e3,true,false,null],"b":{"c":"d"}}'],
    ['"esc\\"aped \\\\ \\n \\u00e9 \\ud83d\\ude00"'],
    ['  [ ]  '],
    ['{"":0,"ключ":"значение «ё»"}'],
    ['"ends with backslash \\\\"'],
  ])('%s', (text) => {
    const r = parseJson(text);
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('skips a byte-order mark', () => {
    const r = parseJson('\uFEFF{"a":1}');
    expect(r.ok && r.value).toEqual({ a: 1 });
  });

  it('gives the line where each object starts', () => {
    const r = parseJson('{\n "items": [\n  {"a": 1},\n\n  {"b": [2]}\n ]\n}');
    if (!r.ok) throw new Error(r.error.message);
    const items = (r.value as { items: object[] }).items;
    expect(items.map((i) => r.lines.get(i))).toEqual([3, 5]);
  });
});

describe('parseJson refuses broken and hostile input with a position', () => {
  it.each([
    ['truncated in an object', '{"a": [1, 2],\n "b": {"c": "d"', /truncated/, 2],
    ['truncated in a string', '[\n"abc', /truncated/, 2],
    ['truncated in a list', '[1,\n2,', /truncated/, 2],
    ['a missing comma', '{"a": 1\n "b": 2}', /Expected "," or "}"/, 2],
    ['trailing data', '{"a": 1} x', /after the end/, 1],
    ['not JSON', 'hello', /where a value was expected/, 1],
    ['a single-quoted key', "{'a': 1}", /quoted key/, 1],
    ['an empty file', '   ', /empty/, 1],
    ['a raw control character', '"a\u0001b"', /control character|escape/, 1],
  ])('%s', (_label, text, message, line) => {
    const e = err(text);
    expect(e.message).toMatch(message);
    expect(e.line).toBe(line);
  });

  it.each([['__proto__'], ['constructor'], ['prototype']])('the key %s', (key) => {
    const e = err(`{"ok": 1, "nested": {"${key}": {"polluted": true}}}`);
    expect(e.message).toContain(`"${key}" is not allowed`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('deep nesting, without overflowing the stack', () => {
    const deep = '['.repeat(200_000) + ']'.repeat(200_000);
    expect(err(deep).message).toMatch(/nested too deeply/);
  });

  it.each([
    ['the whole file', 'x'.repeat(50), { maxChars: 10 }, /too large/],
    ['a list', JSON.stringify(Array(11).fill(0)), { maxItems: 10 }, /too many items/],
    ['an object', JSON.stringify(Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, i]))), { maxItems: 10 }, /too many keys/],
    ['a string', JSON.stringify('y'.repeat(11)), { maxString: 10 }, /too long/],
  ])('size limits: %s', (_label, text, limits, message) => {
    expect(err(text, { ...DEFAULT_LIMITS, ...limits }).message).toMatch(message);
  });

  it('a huge string is refused by the default limit', () => {
    expect(err(JSON.stringify({ note: 'z'.repeat(DEFAULT_LIMITS.maxString + 1) })).message).toMatch(/text is too long/);
  });

  it('objects have no prototype to pollute', () => {
    const r = parseJson('{"a": {"b": 1}}');
    expect(r.ok && Object.getPrototypeOf((r.value as { a: object }).a)).toBe(null);
  });
});

describe('parseJson on files the fast path hands over to the careful one', () => {
  it('a repeated key: the last value wins, as in JSON.parse, and lines stay right', () => {
    const text = '{\n"a": 1,\n"b": {},\n"a": [\n]\n}';
    const r = parseJson(text);
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { a: unknown[]; b: object };
    expect(JSON.stringify(v)).toBe(JSON.stringify(JSON.parse(text)));
    expect([r.lines.get(v.b), r.lines.get(v.a)]).toEqual([3, 4]);
  });

  it('keys that look like array indexes (enumerated first by the engine) keep their own lines', () => {
    const text = '{"b": {"x": 1},\n"1": {"y": 2}}';
    const r = parseJson(text);
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as Record<string, object>;
    expect([r.lines.get(v.b), r.lines.get(v['1'])]).toEqual([1, 2]);
  });

  it.each([
    ['commas inside texts are not items', '["a,b,c"]', { maxItems: 1 }],
    ['escaped quotes and backslashes inside texts', '["\\\\\\"{[", "\\\\"]', { maxItems: 2, maxDepth: 1 }],
    ['brackets inside texts are not nesting', '[["[[[[", "]]]"]]', { maxDepth: 2 }],
  ])('limits count the data, not the text: %s', (_label, text, limits) => {
    const r = parseJson(text, { ...DEFAULT_LIMITS, ...limits });
    expect(r.ok && JSON.stringify(r.value)).toBe(JSON.stringify(JSON.parse(text)));
  });

  it('gives lines after a byte-order mark', () => {
    const r = parseJson('\uFEFF[\n{"a": 1}]');
    if (!r.ok) throw new Error(r.error.message);
    expect(r.lines.get((r.value as object[])[0])).toBe(2);
  });
});

describe('parseJson on a big minified backup (one line)', () => {
  // A one-line file is what made the old line lookup quadratic: every object rescanned the rest
  // of the line for a newline. 20,000 records, ~3 MB: correctness here, speed in the commit note.
  const records = Array.from({ length: 20_000 }, (_, i) => ({
    id: `note-${i}`,
    text: `Passage ${i} with "quotes", a comma, a backslash \\ and an accent é`,
    tags: ['one', `tag ${i % 7}`],
    selectors: { quote: { exact: `passage ${i}`, prefix: 'before ', suffix: ' after' }, position: { start: i, end: i + 10 } },
  }));
  const text = JSON.stringify({ format: 'test', annotations: records });

  it('parses it whole, every record on line 1', () => {
    const r = parseJson(text);
    if (!r.ok) throw new Error(r.error.message);
    const v = r.value as { annotations: object[] };
    expect(v.annotations).toHaveLength(records.length);
    expect(JSON.stringify(v)).toBe(text);
    expect(v.annotations.every((a) => r.lines.get(a) === 1 && Object.getPrototypeOf(a) === null)).toBe(true);
  });

  it('says where it breaks near its end', () => {
    // The last record loses the comma before its "tags".
    const at = text.lastIndexOf(',"tags"');
    const e = err(text.slice(0, at) + text.slice(at + 1));
    expect(e.message).toMatch(/Expected "," or "}"/);
    expect([e.line, e.column, e.position]).toEqual([1, at + 1, at]);
  });

  it('finds a forbidden key deep inside it', () => {
    const bad = text.replace('"note-19999"', '"note-19999","__proto__":{"x":1}');
    expect(err(bad).message).toContain('"__proto__" is not allowed');
  });
});

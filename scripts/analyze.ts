/**
 * Command-line analyzer: the same lib/analyze as the content script, on saved HTML files.
 *
 *   npm run analyze -- page.html                 prints one JSON object
 *   npm run analyze -- --out DIR a.html b.html   writes DIR/a.json, DIR/b.json
 *   --url URL                                    the page's address (relative links, metadata)
 *   --pretty                                     indent the JSON
 *   --explain                                    instead of JSON, one line per quote: the sieve that
 *                                                attributed it (or why none did) and the words it used
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Window } from 'happy-dom';
import { analyze } from '../lib/analyze';
import { explainLine, SIEVES } from '../lib/attribution/trace';
import { decodeHtml } from '../lib/text/decode-html';
import { parseHtml } from '../lib/text/parse-html';

interface Args {
  out: string | null;
  url: string | null;
  pretty: boolean;
  explain: boolean;
  files: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { out: null, url: null, pretty: false, explain: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--out' || a === '--url') {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a value`);
      if (a === '--out') args.out = v;
      else args.url = v;
    } else if (a === '--pretty') args.pretty = true;
    else if (a === '--explain') args.explain = true;
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run analyze -- [--url URL] [--out DIR] [--pretty] [--explain] FILE.html [FILE.html ...]');
      process.exit(0);
    } else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  if (!args.files.length) throw new Error('no input file (usage: npm run analyze -- [--out DIR] FILE.html ...)');
  if (args.files.length > 1 && !args.out && !args.explain) throw new Error('several files need --out DIR');
  return args;
}

/** Read a file and check that it holds HTML; throws an Error with a one-line reason. */
function readHtml(file: string): string {
  let buf: Buffer;
  try {
    buf = readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (e as Error).message;
    throw new Error(`${file}: cannot read: ${why}`);
  }
  if (buf.includes(0)) throw new Error(`${file}: not HTML (binary data)`);
  const html = decodeHtml(buf);
  if (!/<(!doctype\s+html|html|head|body|p|div|article|main)[\s>]/i.test(html)) throw new Error(`${file}: not HTML (no HTML elements found)`);
  return html;
}

/** The --explain report of one page: each quote's sieve, speaker and evidence, then a tally per sieve. */
function explain(file: string, analysis: ReturnType<typeof analyze>): string {
  const lines = [`== ${file} (${analysis.lang ?? 'no language'}, ${analysis.quotes.length} quotes)`];
  analysis.quotes.forEach((q, i) => lines.push(explainLine(i, q.text, q)));
  const tally = new Map<string, number>();
  for (const q of analysis.quotes) tally.set(q.sieve ?? 'none', (tally.get(q.sieve ?? 'none') ?? 0) + 1);
  lines.push(`sieves: ${[...tally].map(([s, n]) => `${s} ${n}`).join(', ')}`);
  for (const s of tally.keys()) lines.push(`  ${s}: ${SIEVES[s] ?? '?'}`);
  return lines.join('\n') + '\n';
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`analyze: ${(e as Error).message}`);
    return 2;
  }
  const window = new Window({
    url: args.url ?? 'http://localhost/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  });
  const parser = new window.DOMParser() as unknown as DOMParser;
  if (args.out) mkdirSync(args.out, { recursive: true });
  let failures = 0;
  for (const file of args.files) {
    try {
      const doc = parseHtml(parser, readHtml(file), args.url ?? undefined);
      const analysis = analyze(doc, { url: args.url });
      if (args.explain) {
        process.stdout.write(explain(file, analysis));
        continue;
      }
      const json = JSON.stringify(analysis, null, args.pretty ? 2 : undefined);
      if (args.out) writeFileSync(join(args.out, `${basename(file, extname(file))}.json`), json + '\n');
      else process.stdout.write(json + '\n');
    } catch (e) {
      failures++;
      console.error(`analyze: ${(e as Error).message.split('\n')[0]}`);
    }
  }
  void window.happyDOM.close();
  return failures ? 1 : 0;
}

process.exitCode = main();

import { strToU8, zipSync } from 'fflate';
import { tagKey } from '../storage/schemas';
import { slug } from './file-name';
import { linkDestination, obsidianTag } from './markdown-escape';
import { escapeOneLine } from './markdown-escape';
import { noteBlock } from './markdown';
import { mergeCardClaims } from './merge-card-claims';
import { SHORT } from './text-fragment';
import { dayOf, groupByPage, isoTime, type ExportData, type ExportOptions, type PageGroup } from './types';

/**
 * Markdown for note apps (Obsidian, Logseq, Joplin, …): one file per article, with YAML front
 * matter the apps read as properties (title, url, site, author, published, tags, speakers), the
 * notes as in the single-file export, and short links: the passage's text fragment with a few
 * words and little context, letters left unencoded, written as numbered references at the end of
 * the file so the notes read cleanly. The files go into one zip (fflate, about 4.5 kB gzip in
 * the popup and library; the content script has none of it).
 */
export interface NoteFile {
  name: string;
  text: string;
}

/** A YAML scalar: a JSON string is a valid YAML double-quoted scalar (every character escaped as needed). */
const yamlString = (s: string): string => JSON.stringify(s);
const yamlList = (xs: string[]): string => `[${xs.map(yamlString).join(', ')}]`;

/** A file name from the title: what file systems and note apps refuse is removed, length bounded. */
export function noteFileTitle(title: string, url: string): string {
  const t = title
    .normalize('NFC')
    .replace(/[\\/:*?"<>|#^[\]{}\u0000-\u001f\u007f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .slice(0, 80)
    .trim();
  return t || slug(url.replace(/^https?:\/\//, ''), 80);
}

function frontMatter(g: PageGroup, tags: string[], speakers: string[], exportedAt: Date): string {
  const p = g.page;
  const lines = ['---', `title: ${yamlString(p?.title || g.url)}`, `url: ${yamlString(g.url)}`];
  if (p?.site) lines.push(`site: ${yamlString(p.site)}`);
  if (p?.byline) lines.push(`author: ${yamlString(p.byline)}`);
  if (p?.publishedTime) lines.push(`published: ${yamlString(dayOf(p.publishedTime))}`);
  lines.push(`tags: ${yamlList(tags)}`, `speakers: ${yamlList(speakers)}`, `exported: ${yamlString(isoTime(exportedAt.getTime()).slice(0, 10))}`, '---', '');
  return lines.join('\n');
}

function pageFile(g: PageGroup, opts: ExportOptions): string {
  const tags: string[] = [];
  const seenTags = new Set<string>();
  const speakers: string[] = [];
  for (const a of g.annotations) {
    for (const t of a.tags) {
      const name = obsidianTag(t).slice(1);
      if (name && !seenTags.has(tagKey(name))) {
        seenTags.add(tagKey(name));
        tags.push(name);
      }
    }
    if (a.speaker && !speakers.includes(a.speaker)) speakers.push(a.speaker);
  }
  const links: string[] = [];
  const link = (url: string) => {
    links.push(url);
    return `[in the page][${links.length}]`;
  };
  const body = g.annotations.map((a) => noteBlock(a, opts, { fragment: SHORT, link })).join('');
  const refs = links.map((u, i) => `[${i + 1}]: ${linkDestination(u)}`).join('\n');
  const heading = `# ${escapeOneLine(g.page?.title || g.url)}\n\n`;
  return `${frontMatter(g, tags, speakers, opts.exportedAt)}${heading}${body}${refs ? `${refs}\n` : ''}`;
}

/** One Markdown file per article, named by its title (made unique). */
export function* markdownNoteFiles(data: ExportData, opts: ExportOptions): Generator<NoteFile> {
  const groups = groupByPage({ ...data, annotations: mergeCardClaims(data.annotations) });
  const used = new Set<string>();
  for (const g of groups) {
    const base = noteFileTitle(g.page?.title ?? '', g.url);
    let name = `${base}.md`;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base} (${n}).md`;
    used.add(name.toLowerCase());
    yield { name, text: pageFile(g, opts) };
  }
}

/** The files as one zip, in a folder; every entry dated `mtime` (so the same notes give the same bytes). */
export function zipNoteFiles(files: NoteFile[], folder: string, mtime: Date): Uint8Array<ArrayBuffer> {
  const entries: Record<string, [Uint8Array, { mtime: Date }]> = {};
  for (const f of files) entries[`${folder}/${f.name}`] = [strToU8(f.text), { mtime }];
  // zipSync allocates a fresh ArrayBuffer (never a shared one), so the result is a BlobPart.
  return zipSync(entries, { level: 6 }) as Uint8Array<ArrayBuffer>;
}

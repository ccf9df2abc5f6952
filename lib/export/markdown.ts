import { VERDICT_LABELS, type AnnotationRecord } from '../storage/schemas';
import { escapeLines, escapeOneLine, linkDestination, obsidianTag } from './markdown-escape';
import { mergeCardClaimsSteps, type ShownNote } from './merge-card-claims';
import { textFragmentUrl, type FragmentStyle } from './text-fragment';
import { dayOf, groupByPageSteps, isoTime, roleOfNote, type ExportData, type ExportOptions, type PageGroup } from './types';

/**
 * Markdown: one section per page (title, link, site, date), then each note: the passage as a
 * blockquote with who said it and a link back to the place in the page, the reader's note, tags
 * (as Obsidian tags), verdict and evidence links (under their labels). Every piece of text that came from a page or an import is
 * escaped (see markdown-escape.ts).
 */

function pageHeader(g: PageGroup): string {
  const p = g.page;
  const lines = [`## ${escapeOneLine(p?.title || g.url)}`, '', `- Link: ${linkDestination(g.url)}`];
  if (p?.site) lines.push(`- Site: ${escapeOneLine(p.site)}`);
  if (p?.byline) lines.push(`- By: ${escapeOneLine(p.byline)}`);
  if (p?.publishedTime) lines.push(`- Published: ${escapeOneLine(dayOf(p.publishedTime))}`);
  return lines.join('\n') + '\n\n';
}

/** How a note links back to its passage: inline (the default) or as a reference defined elsewhere. */
export interface LinkStyle {
  fragment?: FragmentStyle;
  /** Returns the Markdown for the link, e.g. a reference `[in the page][3]`. */
  link?: (url: string) => string;
}

export function noteBlock(a: AnnotationRecord, opts: ExportOptions, style: LinkStyle = {}): string {
  const out: string[] = [];
  for (const l of escapeLines(a.text)) out.push(l ? `> ${l}` : '>');
  const role = roleOfNote(a, opts);
  const who = [a.speaker, role].filter((x): x is string => !!x).map(escapeOneLine).join(', ');
  const url = textFragmentUrl(a.pageUrl, a.selectors.quote, style.fragment);
  const link = style.link ? style.link(url) : `[in the page](${linkDestination(url)})`;
  out.push('>', who ? `> — ${who} · ${link}` : `> ${link}`, '');
  if (a.note.trim()) out.push(...escapeLines(a.note.trim()), '');
  const facts: string[] = [];
  const tags = a.tags.map(obsidianTag).filter(Boolean);
  if (tags.length) facts.push(`- Tags: ${tags.join(' ')}`);
  if (a.verdict) facts.push(`- Verdict: ${VERDICT_LABELS[a.verdict].label}`);
  if (a.evidence.length) facts.push(`- Evidence: ${evidenceLinks(a).join(', ')}`);
  facts.push(`- Noted: ${isoTime(a.createdAt).slice(0, 10)}`);
  out.push(...facts, '', '---', '');
  return out.join('\n') + '\n';
}

/** Each evidence link under the label the reader gave it (`[UN OCHA report](<https://…>)`), else bare. */
export function evidenceLinks(a: Pick<AnnotationRecord, 'evidence' | 'evidenceLabels'>): string[] {
  return a.evidence.map((url, i) => {
    const label = a.evidenceLabels?.[i] ? escapeOneLine(a.evidenceLabels[i]!) : '';
    return label ? `[${label}](${linkDestination(url)})` : linkDestination(url);
  });
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;

/** The Markdown file as parts (one per note), for `paced` or `join('')`. */
export function* markdownParts(data: ExportData, opts: ExportOptions): Generator<string> {
  // A claim tagged from a card is shown once, with its quote's speaker. Both passes over the notes
  // pause with an empty part every few thousand notes, so a pacer can give the page a turn.
  const shown: ShownNote[] = [];
  for (const _ of mergeCardClaimsSteps(data.annotations, shown)) yield '';
  const groups: PageGroup[] = [];
  for (const _ of groupByPageSteps({ ...data, annotations: shown }, groups)) yield '';
  yield `# Sourcelight notes\n\nExported ${isoTime(opts.exportedAt.getTime()).slice(0, 10)}: ${plural(shown.length, 'note')} from ${plural(groups.length, 'page')}.\n\n`;
  for (const g of groups) {
    yield pageHeader(g);
    for (const a of g.annotations) yield noteBlock(a, opts);
  }
}

export function toMarkdown(data: ExportData, opts: ExportOptions): string {
  return [...markdownParts(data, opts)].join('');
}

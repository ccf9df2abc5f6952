/**
 * The claim editor's evidence field: one link per line, any text before the link its label
 * ("UN OCHA report https://reliefweb.int/…"), a bare host given https ("reliefweb.int/report/…").
 * Errors name the field and the line, so the reader knows what to fix.
 */

export interface EvidenceLink {
  label: string | null;
  url: string;
}

export interface EvidenceIssue {
  /** 1-based line of the field. */
  line: number;
  message: string;
}

export type EvidenceResult = { ok: true; links: EvidenceLink[] } | { ok: false; issues: EvidenceIssue[] };

export const EVIDENCE_FIELD = 'Evidence links';
/** As many as a stored note keeps (lib/storage/schemas). */
export const MAX_EVIDENCE = 50;

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
// A host name with a dot and a top-level domain of letters (or xn--), then an optional path.
const BARE_HOST = /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]+)(?::\d+)?(?:[/?#]\S*)?$/i;
/** Separators a reader may put between a label and its link ("Report: https://…", "Report – https://…"). */
const LABEL_END = /[\s:–—|-]+$/u;

/** A token as a web address (http or https), a bare host given https; null when it is no link. */
function asLink(token: string): { url: string } | { refused: string } | null {
  const t = token.replace(/[.,;]+$/, '').replace(/^<(.*)>$/, '$1').replace(/[.,;]+$/, '');
  const hasScheme = SCHEME.test(t);
  if (!hasScheme && !BARE_HOST.test(t)) return null;
  if (hasScheme && !/^https?:\/\//i.test(t)) {
    // "note:" or "e.g.:" are words; "ftp://…" or "javascript:…" are links we do not take.
    return /^[a-z][a-z0-9+.-]*:\/\//i.test(t) || /^(javascript|data|file|mailto):/i.test(t) ? { refused: t } : null;
  }
  try {
    const u = new URL(hasScheme ? t : `https://${t}`);
    if (!u.hostname.includes('.') && u.hostname !== 'localhost') return null;
    return { url: u.href };
  } catch {
    return hasScheme ? { refused: t } : null;
  }
}

const quoteShort = (s: string) => `“${s.length > 40 ? `${s.slice(0, 39)}…` : s}”`;

/** The links of the evidence field, or what is wrong with it, line by line. */
export function parseEvidence(text: string): EvidenceResult {
  const links: EvidenceLink[] = [];
  const issues: EvidenceIssue[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (!line) return;
    const at = (message: string) => issues.push({ line: i + 1, message });
    const tokens = line.split(/\s+/);
    const found = tokens.map(asLink);
    const first = found.findIndex((f) => f !== null);
    if (first < 0) return at(`no link in ${quoteShort(line)} (write the link after its label, e.g. “UN report https://…”)`);
    const link = found[first]!;
    if ('refused' in link) return at(`${quoteShort(link.refused)} is not a web address (http or https only)`);
    const after = tokens.slice(first + 1);
    if (found.slice(first + 1).some((f) => f !== null)) return at('more than one link: put each link on a line of its own');
    if (after.length) return at(`text after the link (${quoteShort(after.join(' '))}): put the label before the link`);
    const label = tokens.slice(0, first).join(' ').replace(LABEL_END, '').trim();
    links.push({ label: label || null, url: link.url });
  });
  if (!issues.length && links.length > MAX_EVIDENCE) issues.push({ line: 0, message: `${links.length} links; at most ${MAX_EVIDENCE}` });
  return issues.length ? { ok: false, issues } : { ok: true, links };
}

/** The issues as one sentence per line, naming the field: "Evidence links, line 2: …". */
export function evidenceErrors(issues: readonly EvidenceIssue[]): string[] {
  return issues.map((x) => (x.line ? `${EVIDENCE_FIELD}, line ${x.line}: ${x.message}.` : `${EVIDENCE_FIELD}: ${x.message}.`));
}

/** The field's text for stored links (label, then the link), one per line. */
export function formatEvidence(links: readonly EvidenceLink[]): string {
  return links.map((l) => (l.label ? `${l.label} ${l.url}` : l.url)).join('\n');
}

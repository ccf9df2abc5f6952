import { describe, expect, it } from 'vitest';
import { parseImport } from '../../lib/export/import';
import { toNativeJson } from '../../lib/export/native-json';
import { toWebAnnotationJson } from '../../lib/export/web-annotation';
import type { AnnotationRecord } from '../../lib/storage/schemas';
import { CLAIM, EXPORTED_AT, SAMPLE } from './sample';

/**
 * A claim's evidence links keep the labels the reader gave them ("UN OCHA report https://…")
 * through the formats that are imported again. (Markdown and CSV carry them too: markdown.test.ts
 * and csv.test.ts; neither is imported.)
 */
const LABELLED: AnnotationRecord = {
  ...CLAIM,
  evidence: ['https://reliefweb.int/report/gaza', 'https://stats.example/report?a=1&b=2', 'https://who.int/x'],
  evidenceLabels: ['UN OCHA report', null, 'WHO "figures"'],
};

const importBack = (text: string) => {
  const r = parseImport(text, { now: 0 });
  if (!r.ok) throw new Error(r.error.message);
  return r.parsed.annotations[0].record;
};

describe('evidence labels survive export and import', () => {
  it.each([
    ['Sourcelight JSON', () => toNativeJson({ ...SAMPLE, annotations: [LABELLED] }, { exportedAt: EXPORTED_AT })],
    ['Web Annotation', () => toWebAnnotationJson({ ...SAMPLE, annotations: [LABELLED] }, { exportedAt: EXPORTED_AT })],
  ])('%s', (_name, make) => {
    const back = importBack(make());
    expect([back.evidence, back.evidenceLabels]).toEqual([LABELLED.evidence, LABELLED.evidenceLabels]);
  });

  it('Web Annotation: the links stay standard bodies, the labels go in Sourcelight’s extension by address', () => {
    const item = JSON.parse(toWebAnnotationJson({ ...SAMPLE, annotations: [LABELLED] }, { exportedAt: EXPORTED_AT })).first.items[0];
    expect(item.body.filter((b: { purpose: string }) => b.purpose === 'linking').map((b: { source: string }) => b.source)).toEqual(LABELLED.evidence);
    expect(item.sourcelight.evidenceLabels).toEqual([
      { url: 'https://reliefweb.int/report/gaza', label: 'UN OCHA report' },
      { url: 'https://who.int/x', label: 'WHO "figures"' },
    ]);
  });

  it('Web Annotation: a link refused on import takes its label with it, the others keep theirs', () => {
    const doc = JSON.parse(toWebAnnotationJson({ ...SAMPLE, annotations: [LABELLED] }, { exportedAt: EXPORTED_AT }));
    const item = doc.first.items[0];
    item.body = item.body.map((b: { source?: string }) => (b.source === 'https://reliefweb.int/report/gaza' ? { ...b, source: 'javascript:alert(1)' } : b));
    item.sourcelight.evidenceLabels[0].url = 'javascript:alert(1)';
    const back = importBack(JSON.stringify(doc));
    expect([back.evidence, back.evidenceLabels]).toEqual([['https://stats.example/report?a=1&b=2', 'https://who.int/x'], [null, 'WHO "figures"']]);
  });

  it('Web Annotation from another tool (no extension): the links, no labels', () => {
    const doc = JSON.parse(toWebAnnotationJson({ ...SAMPLE, annotations: [LABELLED] }, { exportedAt: EXPORTED_AT }));
    delete doc.first.items[0].sourcelight;
    const back = importBack(JSON.stringify(doc));
    expect(back.evidence).toEqual(LABELLED.evidence);
    expect(back.evidenceLabels).toBeUndefined();
  });
});

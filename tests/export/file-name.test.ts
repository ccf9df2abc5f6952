import { describe, expect, it } from 'vitest';
import { exportFileName, slug } from '../../lib/export/file-name';

describe('exportFileName', () => {
  const day = new Date(2024, 2, 5, 23, 59); // local time: the reader's calendar day
  it.each([
    ['all', 'markdown', 'sourcelight-all-2024-03-05.md'],
    ['This page', 'json', 'sourcelight-this-page-2024-03-05.json'],
    ['Public health / climate', 'csv', 'sourcelight-public-health-climate-2024-03-05.csv'],
    ['Здоровье', 'web-annotation', 'sourcelight-здоровье-2024-03-05.web-annotation.jsonld'],
    ['../../etc', 'claim-review', 'sourcelight-etc-2024-03-05.claim-review.jsonld'],
    ['', 'csv', 'sourcelight-notes-2024-03-05.csv'],
  ] as const)('%j as %s → %s', (scope, format, name) => expect(exportFileName(scope, format, day)).toBe(name));

  it('gives every format its own name', () => {
    const names = (['markdown', 'json', 'csv', 'web-annotation', 'claim-review'] as const).map((f) => exportFileName('all', f, day));
    expect(new Set(names).size).toBe(names.length);
  });

  it('keeps names short', () => expect(slug('x'.repeat(200)).length).toBeLessThanOrEqual(40));
});

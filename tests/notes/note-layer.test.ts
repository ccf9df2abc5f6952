import { describe, expect, it } from 'vitest';
import { NoteLayer } from '../../lib/notes/note-layer';
import { parseDoc } from '../helpers';

const HTML = '<html><body><p>One two <b>three</b> four five.</p><p>Six seven.</p></body></html>';

/** The wrapper fallback (no Highlight API in happy-dom): marks around the passage, removed again. */
describe('NoteLayer without the Highlight API', () => {
  it('wraps each note in note marks and puts the page back on clear', () => {
    const doc = parseDoc(HTML);
    const before = doc.body.innerHTML;
    const [p1, p2] = [...doc.querySelectorAll('p')];
    const layer = new NoteLayer(doc, { mode: 'elements' });
    layer.render([
      { id: 'a', span: { startContainer: p1.firstChild as Text, startOffset: 4, endContainer: p1.firstChild as Text, endOffset: 7 } },
      { id: 'b', span: { startContainer: p2.firstChild as Text, startOffset: 0, endContainer: p2.firstChild as Text, endOffset: 3 } },
    ]);
    const marks = [...doc.querySelectorAll('sourcelight-mark[data-kind="note"]')];
    expect(marks.map((m) => m.getAttribute('data-keys'))).toEqual(['a', 'b']);
    expect(marks.map((m) => m.textContent)).toEqual(['two', 'Six']);
    expect(layer.count).toBe(2);
    expect(layer.intact).toBe(true);
    layer.clear();
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.querySelector('style[data-sourcelight]')).toBeNull();
  });

  it('says when a highlighted passage left the page', () => {
    const doc = parseDoc(HTML);
    const p2 = doc.querySelectorAll('p')[1];
    const layer = new NoteLayer(doc, { mode: 'elements' });
    layer.render([{ id: 'b', span: { startContainer: p2.firstChild as Text, startOffset: 0, endContainer: p2.firstChild as Text, endOffset: 3 } }]);
    p2.remove();
    expect(layer.intact).toBe(false);
  });
});

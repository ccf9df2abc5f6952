/** Names of our entries in `CSS.highlights` (and of the `data-kind`s of fallback wrappers). */
export const HIGHLIGHT_NAMES = {
  quote: 'sourcelight-quote',
  specialist: 'sourcelight-specialist',
  flash: 'sourcelight-flash',
} as const;

/** The custom element that wraps text where the Custom Highlight API is missing. */
export const MARK_TAG = 'sourcelight-mark';

// ::highlight() accepts only colour, background and text-decoration properties, which is all we
// need: nothing here can move the page's layout.
const QUOTE_BG = 'rgba(255, 200, 0, 0.28)';
const QUOTE_LINE = 'rgba(214, 140, 0, 0.9)';
// Specialists: a dotted violet underline on a faint violet tint. Pages underline their links in a
// solid line, most often blue; a dotted line in another hue reads as ours, not as a link.
export const SPECIALIST_LINE = 'rgba(124, 58, 237, 0.95)';
const SPECIALIST_BG = 'rgba(124, 58, 237, 0.10)';
const SPECIALIST_DECORATION = `underline dotted 2px ${SPECIALIST_LINE}`;
const FLASH_BG = 'rgba(255, 120, 0, 0.55)';

export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.quote}) {
  background-color: ${QUOTE_BG};
  text-decoration: underline 2px ${QUOTE_LINE};
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.specialist}) {
  background-color: ${SPECIALIST_BG};
  text-decoration: ${SPECIALIST_DECORATION};
  text-underline-offset: 3px;
}
::highlight(${HIGHLIGHT_NAMES.flash}) {
  background-color: ${FLASH_BG};
}
`;

/** Styles for the wrapper fallback: inline and otherwise unstyled, so the page's layout holds. */
export const MARK_CSS = `
${MARK_TAG} { display: inline; font: inherit; color: inherit; }
${MARK_TAG}[data-kind~="quote"] { background-color: ${QUOTE_BG}; text-decoration: underline 2px ${QUOTE_LINE}; text-underline-offset: 3px; }
${MARK_TAG}[data-kind~="specialist"] { background-color: ${SPECIALIST_BG}; text-decoration: ${SPECIALIST_DECORATION}; text-underline-offset: 3px; }
${MARK_TAG}[data-flash] { background-color: ${FLASH_BG}; }
`;

/**
 * Add `css` to the page without a node in its DOM where possible (an adopted constructed
 * stylesheet), else as one `<style>` element. Returns the function that takes it away again.
 */
export function installStyles(doc: Document, css: string): () => void {
  const view = doc.defaultView;
  try {
    if (view && 'adoptedStyleSheets' in doc && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(css);
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
      return () => {
        doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      };
    }
  } catch {
    // Some engines refuse sheets built in an extension's isolated world: use an element instead.
  }
  const style = doc.createElement('style');
  style.setAttribute('data-sourcelight', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).appendChild(style);
  return () => style.remove();
}

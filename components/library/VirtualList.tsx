import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { moveFocus, rowWindow, scrollToShow } from './windowing';

export interface VirtualListProps {
  count: number;
  /** The list's size as announced (aria-setsize): -1 while unknown (still counting); `count` by default. */
  setSize?: number;
  rowHeight: number;
  /** Accessible name of the list. */
  label: string;
  /** The focused row (roving focus: one row is in the tab order). */
  active: number;
  onActive: (index: number) => void;
  renderRow: (index: number, active: boolean) => ComponentChildren;
  /** Called with the rendered range, so the caller can read those rows' records. */
  onRange?: (start: number, end: number) => void;
  /** Keys on a row the list does not handle (Space, Enter, Delete…). */
  onRowKey?: (e: KeyboardEvent, index: number) => void;
}

/**
 * A windowed list of fixed-height rows: only the rows in view (and a few more) are in the DOM.
 * Arrow keys, Page Up/Down, Home and End move the focus between rows and scroll it into view;
 * rows announce their position ("3 of 100,000") through aria-posinset/aria-setsize.
 */
export function VirtualList({ count, setSize = count, rowHeight, label, active, onActive, renderRow, onRange, onRowKey }: VirtualListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const focusWanted = useRef(false);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || 600);
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);

  const w = rowWindow({ count, rowHeight, scrollTop, viewportHeight: height, overscan: 6 });
  useEffect(() => onRange?.(w.start, w.end), [w.start, w.end, onRange]);

  useEffect(() => {
    if (!focusWanted.current) return;
    focusWanted.current = false;
    box.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.focus();
  });

  const onKeyDown = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement;
    const row = target.closest<HTMLElement>('[data-index]');
    if (!row) return;
    const index = Number(row.dataset.index);
    // Keys typed into a field of the row stay there.
    if (target !== row && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) return;
    const next = moveFocus(e.key, index, count, Math.floor(height / rowHeight) - 1);
    if (next === null) return onRowKey?.(e, index);
    e.preventDefault();
    const el = box.current!;
    el.scrollTop = scrollToShow(next, rowHeight, el.scrollTop, height);
    setScrollTop(el.scrollTop);
    focusWanted.current = true;
    onActive(next);
  };

  const rows = [];
  for (let i = w.start; i < w.end; i++) {
    rows.push(
      <div
        key={i}
        data-index={i}
        role="listitem"
        aria-posinset={i + 1}
        aria-setsize={setSize}
        tabIndex={i === active ? 0 : -1}
        class={`vrow${i === active ? ' active' : ''}`}
        style={{ position: 'absolute', top: `${i * rowHeight}px`, height: `${rowHeight}px`, left: 0, right: 0 }}
        onFocus={(e) => e.target === e.currentTarget && i !== active && onActive(i)}
      >
        {renderRow(i, i === active)}
      </div>,
    );
  }
  return (
    <div ref={box} class="vlist" onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)} onKeyDown={onKeyDown}>
      <div role="list" aria-label={label} style={{ position: 'relative', height: `${w.total}px` }}>
        {rows}
      </div>
    </div>
  );
}

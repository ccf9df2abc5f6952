/** Props of a WAI-ARIA tab list whose tabs control panels `panel-<key>` (the caller renders the panels). */
export interface TabListProps<T extends string> {
  label: string;
  tabs: ReadonlyArray<readonly [T, string]>;
  current: T;
  onSelect: (tab: T) => void;
}

/**
 * Tabs for the popup and the library: one button per tab (`tab-<key>`), the current one in the Tab
 * order, arrow keys, Home and End moving the selection and the focus.
 */
export function TabList<T extends string>({ label, tabs, current, onSelect }: TabListProps<T>) {
  return (
    <div role="tablist" aria-label={label} class="tabs">
      {tabs.map(([t, text], i) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`tab-${t}`}
          aria-controls={`panel-${t}`}
          aria-selected={current === t}
          tabIndex={current === t ? 0 : -1}
          onClick={() => onSelect(t)}
          onKeyDown={(e) => {
            const n = tabs.length;
            const next = e.key === 'ArrowRight' ? (i + 1) % n : e.key === 'ArrowLeft' ? (i + n - 1) % n : e.key === 'Home' ? 0 : e.key === 'End' ? n - 1 : -1;
            if (next < 0) return;
            e.preventDefault();
            onSelect(tabs[next][0]);
            (e.currentTarget.parentElement?.querySelector(`#tab-${tabs[next][0]}`) as HTMLElement | null)?.focus();
          }}
        >
          {text}
        </button>
      ))}
    </div>
  );
}

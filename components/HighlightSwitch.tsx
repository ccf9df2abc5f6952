export interface HighlightSwitchProps {
  on: boolean;
  site: string | null;
  disabled?: boolean;
  onChange: (on: boolean) => void;
}

/** An accessible on/off switch (a button with role="switch"), remembered per site by the caller. */
export function HighlightSwitch({ on, site, disabled, onChange }: HighlightSwitchProps) {
  return (
    <button
      type="button"
      class="switch"
      role="switch"
      aria-checked={on}
      disabled={disabled}
      onClick={() => onChange(!on)}
      title="Shortcut: Alt+Shift+H"
    >
      <span class="track" aria-hidden="true"><span class="thumb" /></span>
      <span>Highlights {site ? <>on <b>{site}</b></> : 'on this site'}</span>
    </button>
  );
}

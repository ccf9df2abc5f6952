import type { Quote, Specialist } from '../lib/analysis-schema';

export type CardFinding = { kind: 'quote'; quote: Quote } | { kind: 'specialist'; specialist: Specialist };

export type CardAction = 'annotate' | 'claim';

export interface FindingCardProps {
  finding: CardFinding;
  onClose: () => void;
  /** Make a note of the finding (a quote keeps its speaker and role); without it the buttons are disabled. */
  onAction?: (action: CardAction) => void;
}

const quoteCount = (n: number) => (n === 1 ? '1 quote' : `${n} quotes`);

/** Note the finding, or mark it as a claim to check (disabled where notes cannot be made). */
function Actions({ onAction }: { onAction?: (action: CardAction) => void }) {
  return (
    <div class="actions">
      <button type="button" disabled={!onAction} onClick={() => onAction?.('annotate')} title="Keep this passage with a note and tags">Annotate</button>
      <button type="button" disabled={!onAction} onClick={() => onAction?.('claim')} title="Mark it as a claim and give it a verdict">Tag as claim</button>
    </div>
  );
}

function QuoteBody({ quote }: { quote: Quote }) {
  const mention = quote.speakerMention && quote.speakerMention !== quote.speaker ? quote.speakerMention : null;
  return (
    <>
      <p class="label">Quote</p>
      <p class="name">{quote.speaker ?? 'Speaker not identified'}</p>
      {quote.speakerRole && <p class="role">{quote.speakerRole}</p>}
      {(quote.cue || mention) && (
        <p class="cue">
          {quote.cue && <>Attribution: <q>{quote.cue}</q></>}
          {mention && <>{quote.cue ? ' · r' : 'R'}eferred to as <q>{mention}</q></>}
        </p>
      )}
    </>
  );
}

function SpecialistBody({ specialist }: { specialist: Specialist }) {
  return (
    <>
      <p class="label">Named specialist</p>
      <p class="name">{specialist.name}</p>
      {specialist.roles.length > 0 && (
        <ul class="roles">
          {specialist.roles.map((r) => <li key={r}>{r}</li>)}
        </ul>
      )}
      <p class="cue">{quoteCount(specialist.quoteCount)} in this article</p>
    </>
  );
}

/** The card shown over a highlight (rendered into a shadow root, so page styles cannot reach it). */
export function FindingCard({ finding, onClose, onAction }: FindingCardProps) {
  return (
    <div class={`card ${finding.kind}`} role="dialog" aria-label="Sourcelight">
      <button type="button" class="close" aria-label="Close" onClick={onClose}>×</button>
      {finding.kind === 'quote' ? <QuoteBody quote={finding.quote} /> : <SpecialistBody specialist={finding.specialist} />}
      <Actions onAction={onAction} />
    </div>
  );
}

/** The card's stylesheet, scoped by the shadow root. */
export const FINDING_CARD_CSS = `
:host { all: initial; }
.card {
  box-sizing: border-box; width: 280px; max-width: calc(100vw - 16px); padding: 12px 14px 10px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-radius: 8px;
  box-shadow: 0 8px 24px rgba(31, 35, 40, 0.18); position: relative;
}
.card.quote { border-top: 4px solid #d68c00; }
.card.specialist { border-top: 4px dotted #7c3aed; }
p { margin: 0 0 4px; }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: #57606a; }
.name { font-size: 15px; font-weight: 600; padding-right: 20px; }
.role { color: #333; }
.cue { color: #57606a; }
.roles { margin: 0 0 4px; padding-left: 18px; }
.close {
  position: absolute; top: 6px; right: 6px; width: 24px; height: 24px; border: 0; border-radius: 4px;
  background: transparent; font-size: 18px; line-height: 1; cursor: pointer; color: #57606a;
}
.close:hover, .close:focus-visible { background: #f3f4f6; outline: 2px solid #2563eb; }
.actions { display: flex; gap: 8px; margin-top: 8px; }
.actions button {
  flex: 1; padding: 5px 8px; font: inherit; border: 1px solid #d0d7de; border-radius: 6px;
  background: #f6f8fa; color: #1f2328; cursor: pointer;
}
.actions button:hover:not(:disabled), .actions button:focus-visible { background: #eef2f7; outline: 2px solid #2563eb; }
.actions button:disabled { color: #8c959f; cursor: not-allowed; }
`;

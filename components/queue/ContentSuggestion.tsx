import { useState } from 'react';
import type { SuggestionView } from './queue-actions';

export interface ContentSuggestionProps {
  /** Shown at once; the worker computed it with the queue. */
  initial: SuggestionView | null;
  load: (passedOver: string[]) => Promise<SuggestionView | null>;
  copy: (text: string) => Promise<void>;
  onChange: (suggestion: SuggestionView | null) => void;
}

type State =
  { kind: 'loading' } | { kind: 'ready'; suggestion: SuggestionView | null } | { kind: 'failed'; message: string };

/** One piece worth sending with the next touch; "Another" passes over it, never repeating one. */
export function ContentSuggestion({ initial, load, copy, onChange }: ContentSuggestionProps) {
  const [passedOver, setPassedOver] = useState<string[]>([]);
  const [state, setState] = useState<State>({ kind: 'ready', suggestion: initial });
  const [copied, setCopied] = useState(false);

  function show(suggestion: SuggestionView | null) {
    setState({ kind: 'ready', suggestion });
    onChange(suggestion);
  }

  function another(current: SuggestionView) {
    const next = [...passedOver, current.id];
    setPassedOver(next);
    setCopied(false);
    setState({ kind: 'loading' });
    load(next).then(show, (error: unknown) =>
      setState({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
    );
  }

  function startOver() {
    setPassedOver([]);
    show(initial);
  }

  if (state.kind === 'loading') return <p className="suggestion muted">Finding something worth sending…</p>;
  if (state.kind === 'failed') return <p role="alert">{state.message}</p>;
  const { suggestion } = state;
  if (!suggestion) {
    return (
      <p className="suggestion muted">
        {passedOver.length > 0
          ? 'No other unsent piece in your library. '
          : 'Your content library has nothing unsent for them. '}
        {passedOver.length > 0 ? (
          <button type="button" onClick={startOver}>
            Start over
          </button>
        ) : null}
      </p>
    );
  }
  return (
    <div className="suggestion" role="group" aria-label={`Suggested content: ${suggestion.title}`}>
      <p>
        <span className="kind">{suggestion.kind}</span> {suggestion.title}
        <span className="muted"> — {suggestion.reason}</span>
      </p>
      <button type="button" onClick={() => another(suggestion)}>
        Another
      </button>
      <button
        type="button"
        onClick={() => {
          void copy(suggestion.text).then(() => setCopied(true));
        }}
      >
        {copied ? 'Copied' : 'Copy'}
      </button>
    </div>
  );
}

import { useState } from 'react';

export interface ActionState {
  busy: boolean;
  message: string;
  error: string | null;
}

/**
 * Runs one write at a time: busy while it runs, then its words or its error. `after` reloads the
 * record, so the view shows what is stored.
 */
export function useAction(after: () => void) {
  const [state, setState] = useState<ActionState>({ busy: false, message: '', error: null });
  function run(action: () => Promise<string>) {
    setState({ busy: true, message: '', error: null });
    Promise.resolve()
      .then(action)
      .then(
        (message) => {
          setState({ busy: false, message, error: null });
          after();
        },
        (error: unknown) =>
          setState({ busy: false, message: '', error: error instanceof Error ? error.message : String(error) }),
      );
  }
  return { ...state, run };
}

export function ActionFeedback({ message, error }: Pick<ActionState, 'message' | 'error'>) {
  return error ? <p role="alert">{error}</p> : <p role="status">{message}</p>;
}

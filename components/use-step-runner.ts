import { useState } from 'react';

type BusyOrFailed = { kind: 'busy'; message: string } | { kind: 'failed'; message: string };

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * A panel's steps (idle, busy, done, failed, …): `run` shows the busy message, then the step the
 * action returns, or its error in words. Panels share this so none forgets the failure path.
 */
export function useStepRunner<Step extends { kind: string }>(initial: Step) {
  const [step, setStep] = useState<Step | BusyOrFailed>(initial);
  async function run(busyMessage: string, action: () => Promise<Step>) {
    setStep({ kind: 'busy', message: busyMessage });
    try {
      setStep(await action());
    } catch (error) {
      setStep({ kind: 'failed', message: messageOf(error) });
    }
  }
  return { step, setStep, run };
}

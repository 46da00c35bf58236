import { useEffect, useState } from 'react';

const TICK_MS = 15_000;

function describeLeft(dueAt: string, now: Date): string {
  const minutes = Math.round((new Date(dueAt).getTime() - now.getTime()) / 60_000);
  if (minutes <= 0) return minutes === 0 ? 'first touch due now' : `first touch ${-minutes} min late`;
  return `first touch due in ${minutes} min`;
}

/** Speed to lead: an inbound lead's first hour, ticking down where the rep can see it. */
export function Countdown({ dueAt, now }: { dueAt: string; now: () => Date }) {
  // A tick re-renders; the text is computed from the clock on every render.
  const [, setTick] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setTick((tick) => tick + 1), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return (
    <span className="countdown" role="timer" aria-live="off">
      {describeLeft(dueAt, now())}
    </span>
  );
}

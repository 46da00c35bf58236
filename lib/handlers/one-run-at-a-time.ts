/**
 * Wraps a task that reads the database and then sets browser state (badge, alarms), so runs never
 * overlap: an overlapping older run could finish last and put back what it read before a newer
 * write. A call during a run shares one follow-up run, which starts after the call and so sees
 * its write.
 */
export function oneRunAtATime(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  function run(): Promise<void> {
    running = task().finally(() => {
      running = undefined;
    });
    return running;
  }

  return () => {
    if (queued) return queued;
    if (!running) return run();
    queued = running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return run();
      });
    return queued;
  };
}

/**
 * The long jobs under way in main (a document read, a law analysed), by the name the page gave each, so that the
 * page's Stop reaches the worker doing the work (stopJob) rather than only ceasing to wait for it. Plain
 * functions, tested without Electron (test/main/jobs.test.ts).
 */

const ignore = () => undefined;

interface Running {
  controller: AbortController;
  /** The job's own end, whatever it is: a stop is answered once the work has really ended. */
  ended: Promise<unknown>;
}

export class Jobs {
  private readonly running = new Map<string, Running>();

  /**
   * Runs `work` under the page's name `job` (none: it cannot be stopped); `work` gets the signal that stops it,
   * and rejects with WorkStopped when it does.
   */
  track<T>(job: string | undefined, work: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
    if (!job) return work(undefined);
    // A name used again means the page's earlier job of that name is over for it: stop it.
    this.running.get(job)?.controller.abort();
    const controller = new AbortController();
    // Taken off the list as it ends, before whoever waits for it hears the answer.
    const result = work(controller.signal).finally(() => {
      if (this.running.get(job) === entry) this.running.delete(job);
    });
    const entry: Running = { controller, ended: result.then(ignore, ignore) };
    this.running.set(job, entry);
    return result;
  }

  /** Stops the job of that name; true when one was under way, once it has ended. */
  async stop(job: string): Promise<boolean> {
    const entry = this.running.get(job);
    if (!entry) return false;
    entry.controller.abort();
    await entry.ended;
    return true;
  }

  /** How many jobs are under way (for tests and logs). */
  get size(): number {
    return this.running.size;
  }
}

/**
 * What must not outlive an interrupted run: temporary report files, the
 * directories made for them, the copy of standard input. Whoever creates such
 * a thing registers how to remove it, and unregisters once it is gone or
 * committed; main.ts runs every registered removal when SIGINT, SIGTERM or
 * SIGHUP arrives, then exits. Removals run synchronously and must not throw.
 *
 * Node runs a signal's handler only between two turns of the event loop, so a
 * synchronous stretch of work (writing the temporaries, the renames that put
 * every report in place) is never cut in two: the handler sees it either not
 * started or finished.
 */

const pending = new Set<() => void>();

/** Registers a removal to run on a signal; call the returned function once it is no longer needed. */
export function removeOnInterrupt(remove: () => void): () => void {
  pending.add(remove);
  return () => {
    pending.delete(remove);
  };
}

/** Runs every registered removal, newest first; each one's own failure is ignored so the others still run. */
export function runInterruptCleanups(): void {
  for (const remove of [...pending].reverse()) {
    pending.delete(remove);
    try {
      remove();
    } catch {
      // best effort: the process is about to exit, and the next removal must still run
    }
  }
}

/** Exit codes of a process ended by a signal, as shells report them: 128 + the signal's number. */
export const SIGNAL_EXIT_CODES = { SIGHUP: 129, SIGINT: 130, SIGTERM: 143 } as const;

export type HandledSignal = keyof typeof SIGNAL_EXIT_CODES;

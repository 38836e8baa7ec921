/**
 * The last resort of a long-running process (web mode, the desktop app's main process): an
 * error nothing else caught is logged with where it came from, and the process keeps serving.
 * Node's default would end the process, and with it every open editor's connection, over one
 * bad request or one failed background task; every save is its own SQLite transaction, so no
 * half-done state is left behind for the next call to trip over.
 */
export type LastResortLog = (message: string) => void;

export function describeError(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  try {
    return JSON.stringify(e) ?? String(e);
  } catch {
    return String(e);
  }
}

/** Installs the handlers once per process; returns a function that removes them (tests). */
export function installLastResort(context: string, log: LastResortLog = (m) => process.stderr.write(`${m}\n`)): () => void {
  const onException = (e: unknown, origin: string) => log(`${context}: unexpected error (${origin}), still running: ${describeError(e)}`);
  const onRejection = (e: unknown) => log(`${context}: unhandled promise rejection, still running: ${describeError(e)}`);
  process.on('uncaughtException', onException);
  process.on('unhandledRejection', onRejection);
  return () => {
    process.off('uncaughtException', onException);
    process.off('unhandledRejection', onRejection);
  };
}

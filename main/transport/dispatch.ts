import { contract, isMethodName, type Services } from '../../shared/api/contract.js';
import { ApiError, type ApiErrorShape, type Envelope, errorDetail } from '../../shared/api/errors.js';

export type Logger = (message: string) => void;

/** Maps a storage failure to something a reporter can act on; anything else is "internal". */
export function toErrorShape(e: unknown, log: Logger = (m) => console.error(m)): ApiErrorShape {
  if (e instanceof ApiError) return e.toShape();
  const code = (e as { code?: unknown })?.code;
  if (code === 'SQLITE_FULL') return { code: 'storage-full', message: 'The disk is full: the story was not saved. Free some space; your text stays in the editor and saving resumes.' };
  if (typeof code === 'string' && (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'EACCES' || code === 'EROFS')) {
    return { code: 'read-only', message: 'The data folder cannot be written: the story was not saved. Your text stays in the editor.' };
  }
  if (typeof code === 'string' && code.startsWith('SQLITE_IOERR')) {
    return { code: 'storage-full', message: 'The disk reported an error while saving: the story was not saved. Your text stays in the editor.' };
  }
  log(`internal error: ${errorDetail(e)}`);
  return { code: 'internal', message: 'Something went wrong inside Redaksi; nothing was changed. Details are in the log.' };
}

/**
 * The one entry point both transports use: unknown methods and malformed arguments are refused
 * with a structured error before any service code runs; no failure escapes as an exception.
 */
export async function dispatch(services: Services, method: unknown, input: unknown, log?: Logger): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return { ok: false, error: { code: 'unknown-method', message: `Unknown call ${typeof method === 'string' ? JSON.stringify(method).slice(0, 80) : `(a ${typeof method}, not a name)`}.` } };
  }
  let parsed: ReturnType<(typeof contract)[typeof method]['input']['safeParse']>;
  try {
    parsed = contract[method].input.safeParse(input ?? {});
  } catch {
    // zod validates recursively: an absurdly deep object (a hostile or broken caller) overflows
    // the stack before the depth limit is reached; that is bad input, not a crash
    return { ok: false, error: { code: 'invalid-argument', message: `Invalid arguments for ${method}: the input is nested too deeply.` } };
  }
  if (!parsed.success) {
    return {
      ok: false,
      error: {
        code: 'invalid-argument',
        message: `Invalid arguments for ${method}.`,
        issues: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })),
      },
    };
  }
  try {
    const handler = services[method] as (i: unknown) => unknown;
    return { ok: true, value: await handler(parsed.data) };
  } catch (e) {
    return { ok: false, error: toErrorShape(e, log) };
  }
}

/** Structured errors: what a failed call returns over every transport. */
export type ErrorCode =
  | 'invalid-argument'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'rate-limited'
  | 'storage-full'
  | 'read-only'
  | 'blocked'
  | 'remote'
  | 'internal';

/** the HTTP status each error code is sent with (web mode and the newsroom hub) */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  'invalid-argument': 400,
  'unknown-method': 404,
  'not-found': 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  'too-large': 413,
  'rate-limited': 429,
  'storage-full': 507,
  'read-only': 503,
  blocked: 422,
  remote: 502,
  internal: 500,
};

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  /** validation problems, as path + message */
  issues?: Array<{ path: string; message: string }>;
  /** extra machine-readable detail (e.g. the CMS status code) */
  detail?: Record<string, unknown>;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };

export class ApiError extends Error implements ApiErrorShape {
  readonly code: ErrorCode;
  readonly issues?: ApiErrorShape['issues'];
  readonly detail?: ApiErrorShape['detail'];
  constructor(code: ErrorCode, message: string, extra: { issues?: ApiErrorShape['issues']; detail?: ApiErrorShape['detail'] } = {}) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    if (extra.issues) this.issues = extra.issues;
    if (extra.detail) this.detail = extra.detail;
  }
  toShape(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.issues ? { issues: this.issues } : {}), ...(this.detail ? { detail: this.detail } : {}) };
  }
}

/** What to show or log for anything thrown: an Error's message, or the value as text. */
export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** For logs that must lead to the cause: the stack when there is one. */
export function errorDetail(e: unknown): string {
  return e instanceof Error ? (e.stack ?? e.message) : String(e);
}

/** The contract's error code of a failed call, or undefined for anything that is not an ApiError. */
export function errorCode(e: unknown): ErrorCode | undefined {
  return e instanceof ApiError ? e.code : undefined;
}

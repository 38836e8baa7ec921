import { ApiError } from '../../shared/api/errors.js';

/** The ApiError a contract call rejects with; fails the test if it resolves or throws anything else. */
export async function rejection(call: () => unknown): Promise<ApiError> {
  try {
    await call();
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected a rejection');
}

import { expect } from '@open-wc/testing';
import { EventLoadError } from '../../src/data/load.js';

/** Reads a data file served by the test server (demo/data or test/fixtures). */
export async function jsonFixture(name: string): Promise<unknown> {
  const response = await fetch(fixtureUrl(name));
  return response.json();
}

/** URL of the test server's fixture route; see test/server/fixture-middleware.mjs for the options. */
export function fixtureUrl(file: string, options: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ file, ...Object.fromEntries(Object.entries(options).map(([k, v]) => [k, String(v)])) });
  return new URL(`/test-api/fixture?${params}`, location.href).href;
}

/** How many fixture requests carried `key` (of `method` only, when given). */
export async function requestCount(key: string, method?: string): Promise<number> {
  const response = await fetch(`/test-api/count?key=${encodeURIComponent(key)}${method ? `&method=${method}` : ''}`);
  return ((await response.json()) as { count: number }).count;
}

let keys = 0;
/** A key no other test uses, so request counts and the shared cache start empty. */
export function uniqueKey(prefix = 'k'): string {
  keys += 1;
  return `${prefix}-${Date.now()}-${keys}`;
}

/** From now on the fixture route serves `file` for `key` (an organiser replacing the file). */
export const serve = (key: string, file: string): Promise<Response> => fetch(`/test-api/serve?key=${encodeURIComponent(key)}&file=${encodeURIComponent(file)}`);

/** The `EventLoadError` that `promise` rejects with; fails the test when it resolves or rejects otherwise. */
export async function loadFailure(promise: Promise<unknown>): Promise<EventLoadError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(EventLoadError);
    return error as EventLoadError;
  }
  throw new Error('expected the load to fail');
}

// API-key checks for the HTTP transport: which credentials a request presents, compared in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** The environment variable that holds the API key. */
export const API_KEY_ENV = 'PYSTANDARDS_API_KEY';

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/** Compares in time that depends on neither the contents nor the length of `given`. */
export function keyMatches(given: string, expected: string): boolean {
  return timingSafeEqual(digest(given), digest(expected));
}

/** Keys a request presents: `X-API-Key`, and the token of `Authorization: Bearer`. */
export function presentedKeys(headers: IncomingHttpHeaders): string[] {
  const keys: string[] = [];
  const apiKey = headers['x-api-key'];
  for (const value of Array.isArray(apiKey) ? apiKey : apiKey === undefined ? [] : [apiKey]) keys.push(value.trim());
  const bearer = /^\s*bearer\s+(\S+)\s*$/i.exec(headers.authorization ?? '');
  if (bearer?.[1]) keys.push(bearer[1]);
  return keys;
}

/** Whether the request carries `expected` in either header. Every presented key is compared. */
export function isAuthorized(headers: IncomingHttpHeaders, expected: string): boolean {
  let ok = false;
  for (const key of presentedKeys(headers)) ok = keyMatches(key, expected) || ok;
  return ok;
}

import { createHash } from 'node:crypto';

/**
 * Who a request comes from, for budgets and fair shares: its API key (hashed, so that keys are
 * not kept in memory or Redis), else its address.
 */
export function clientIdOf(apiKey: string | readonly string[] | undefined, address: string | undefined): string {
  const key = Array.isArray(apiKey) ? apiKey[0] : apiKey;
  if (key) return `key:${createHash('sha256').update(key).digest('base64url')}`;
  return `address:${address ?? 'unknown'}`;
}

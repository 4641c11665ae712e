/**
 * Cursors are opaque to clients: base64url of a version tag and a position in the list.
 * The corpus never changes while it is served, so a position stays meaningful.
 */
const PREFIX = 'v1:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${PREFIX}${offset}`).toString('base64url');
}

/** The position a cursor stands for, or undefined when it is not a cursor of ours. */
export function decodeCursor(cursor: string): number | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) return undefined;
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^v1:(0|[1-9]\d{0,8})$/.exec(decoded);
  return match ? Number(match[1]) : undefined;
}

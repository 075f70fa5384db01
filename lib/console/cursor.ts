import type { ClientSort } from './client-list-query';

/**
 * Keyset position: the sort column's value and the id of the last row shown. Opaque to the
 * browser, which only hands it back; a cursor made for another sort is refused, not misread.
 */
export interface ClientCursor {
  sort: ClientSort;
  value: string | null;
  id: string;
}

export class InvalidCursorError extends Error {
  override name = 'InvalidCursorError';
  constructor() {
    super('The page cursor is not valid for this list. Start again from the first page.');
  }
}

export function encodeCursor(cursor: ClientCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.value, cursor.id])).toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function decodeCursor(raw: string, sort: ClientSort): ClientCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw new InvalidCursorError();
  const [cursorSort, value, id] = parsed as unknown[];
  if (cursorSort !== sort || typeof id !== 'string' || !UUID.test(id)) throw new InvalidCursorError();
  if (value !== null && typeof value !== 'string') throw new InvalidCursorError();
  // Created sorts need a real instant; only name sorts may carry null (an unnamed client).
  if (sort.startsWith('created') && (value === null || Number.isNaN(Date.parse(value)))) throw new InvalidCursorError();
  return { sort, value, id };
}

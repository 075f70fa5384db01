import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth/guard';
import { findManageableClient } from '@/lib/console/client-access';
import { getDb } from '@/lib/db/client';
import { decodePathSegment } from '@/lib/net/path-segment';

/**
 * The signed-in user and the client a client page is about. Someone else's client looks exactly
 * like a missing one, so its existence is never confirmed.
 */
export async function loadManageableClient(params: Promise<{ clientId: string }>, subpath = '') {
  const { clientId: raw } = await params;
  const user = await requirePageUser(['admin', 'developer'], `/console/clients/${raw}${subpath}`);
  const db = await getDb();
  const client = await findManageableClient(db, user, decodePathSegment(raw));
  if (!client) notFound();
  return { user, db, client };
}

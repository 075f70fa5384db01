import type { Role } from '../users/schema';
import type { ClientStatusValue } from './client-list-query';

/**
 * Pending clients wait for an administrator's approval, so only an admin may move a client out of
 * pending; otherwise a developer could approve their own client by disabling and re-enabling it.
 */
export function mayChangeStatus(role: Role, from: ClientStatusValue, to: 'active' | 'disabled'): boolean {
  if (from === to) return false;
  if (from === 'pending') return role === 'admin';
  return role === 'admin' || role === 'developer';
}

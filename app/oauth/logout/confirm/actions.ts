'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { afterLogoutTarget, expiredSessionCookies, logoutErrorPath, postLogoutRedirect, recheckLogoutParams } from '@/lib/oauth/logout';
import { tokenRuntime } from '@/lib/oauth/token/runtime';

// Both actions receive the page's parameters as bound arguments, which the browser sends back:
// they are checked again before anything is done with them.

export async function signOutAction(forwarded: unknown): Promise<void> {
  const request = await recheckLogoutParams(await tokenRuntime(), forwarded);
  if ('error' in request) redirect(logoutErrorPath(request.error));
  const store = await cookies();
  for (const cookie of expiredSessionCookies(store.getAll().map(({ name }) => name))) store.set(cookie.name, cookie.value, cookie.options);
  redirect(afterLogoutTarget(request));
}

/**
 * The user keeps their session here. The client has already ended its own, so the browser still
 * goes back to it when it asked for that; otherwise to our home page.
 */
export async function staySignedInAction(forwarded: unknown): Promise<void> {
  const request = await recheckLogoutParams(await tokenRuntime(), forwarded);
  if ('error' in request) redirect(logoutErrorPath(request.error));
  redirect(request.redirectUri === null ? '/' : postLogoutRedirect(request.redirectUri, request.state));
}

import type { Metadata } from 'next';
import { isLogoutErrorCode, logoutRefusal } from '@/lib/oauth/logout';
import { LogoutRefused } from '../_components/logout-refused';

export const metadata: Metadata = { title: 'Sign-out refused' };

export default async function LogoutErrorPage({ searchParams }: { searchParams: Promise<{ reason?: string | string[] }> }) {
  const { reason } = await searchParams;
  // Only known reasons are shown: the text comes from us, never from the URL.
  return <LogoutRefused description={logoutRefusal(isLogoutErrorCode(reason) ? reason : 'invalid_request').description} />;
}

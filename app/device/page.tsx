import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DeviceVerification } from '@/components/device/device-verification';
import { currentSignIn } from '@/lib/auth/guard';

export const metadata: Metadata = { title: 'Connect a device' };
export const dynamic = 'force-dynamic';

/**
 * The verification URI of the device flow (RFC 8628 §3.3). verification_uri_complete adds
 * user_code, which only pre-fills the field: the user still presses Continue and then decides,
 * so a link sent by someone else cannot approve anything by being opened (§5.4).
 */
export default async function DevicePage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user_code: given } = await searchParams;
  const code = typeof given === 'string' ? given.slice(0, 64) : '';
  const signIn = await currentSignIn();
  if (!signIn) {
    const returnTo = code ? `/device?user_code=${encodeURIComponent(code)}` : '/device';
    redirect(`/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  return <DeviceVerification initialCode={code} email={signIn.user.email} />;
}

import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { CardPage } from '@/components/ui/card-page';

/** A refused sign-out request. It stays here: sending the browser on would make us an open redirector. */
export function LogoutRefused({ description }: { description: string }) {
  return (
    <CardPage title="Sign-out request refused">
      <Alert tone="error">{description}</Alert>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        You have not been sent back to the application. Return to it and try again, or contact its developers.
      </p>
      <Link href="/" className="text-sm font-medium text-indigo-600 hover:underline dark:text-indigo-400">
        Go to this server&apos;s home page
      </Link>
    </CardPage>
  );
}

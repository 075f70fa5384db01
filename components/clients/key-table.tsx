import type { KeySummary } from '@/lib/console/client-keys';

/** The client's public keys; a key carrying private parts is called out, since it is compromised by being published. */
export function KeyTable({ keys }: { keys: readonly KeySummary[] }) {
  if (keys.length === 0) return <p className="text-sm">The key set holds no keys: this client cannot authenticate with private_key_jwt.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs">
        <caption className="sr-only">Public keys</caption>
        <thead>
          <tr className="border-b border-slate-200 dark:border-slate-800">
            <th scope="col" className="py-1 pr-3 font-medium">kid</th>
            <th scope="col" className="py-1 pr-3 font-medium">Type</th>
            <th scope="col" className="py-1 pr-3 font-medium">alg / use</th>
            <th scope="col" className="py-1 font-medium">Thumbprint (SHA-256)</th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key, index) => (
            <tr key={key.thumbprint ?? `key-${index}`} className="border-b border-slate-100 align-top dark:border-slate-800">
              <td className="break-all py-1 pr-3 font-mono">{key.kid ?? '—'}</td>
              <td className="py-1 pr-3">
                {key.kty}
                {key.strength ? ` ${key.strength}` : ''}
                {key.hasPrivateParts ? <strong className="block text-red-700 dark:text-red-300">Contains private key material: replace this key.</strong> : null}
              </td>
              <td className="py-1 pr-3">{[key.alg, key.use].filter(Boolean).join(' / ') || 'any'}</td>
              <td className="break-all py-1 font-mono">{key.thumbprint ?? 'incomplete key'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

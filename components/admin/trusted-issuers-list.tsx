import { RemoveIssuerButton } from './remove-issuer-button';

interface TrustedIssuerRow {
  id: string;
  name: string;
  issuer: string;
  jwksUri: string | null;
}

export function TrustedIssuersList({ issuers }: { issuers: TrustedIssuerRow[] }) {
  if (issuers.length === 0) return <p className="text-sm text-slate-500">No trusted publishers: registrations with a software statement are refused.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Trusted software statement issuers</caption>
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2">Name</th>
          <th className="py-2">Issuer</th>
          <th className="py-2">Keys</th>
          <th className="py-2">
            <span className="sr-only">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {issuers.map((issuer) => (
          <tr key={issuer.id}>
            <td className="py-2">{issuer.name}</td>
            <td className="py-2">
              <code className="break-all">{issuer.issuer}</code>
            </td>
            <td className="py-2">{issuer.jwksUri ? <code className="break-all">{issuer.jwksUri}</code> : 'pasted JWKS'}</td>
            <td className="py-2 text-right">
              <RemoveIssuerButton id={issuer.id} name={issuer.name} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

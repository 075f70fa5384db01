import type { SigningKeySummary } from '@/lib/keys';
import { formatTime } from './format';

export function SigningKeysTable({ keys }: { keys: SigningKeySummary[] }) {
  if (keys.length === 0) return <p className="text-sm text-slate-500">No signing keys yet: they are created at the first start.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Signing keys</caption>
      <thead className="text-xs uppercase text-slate-500">
        <tr>
          <th className="py-2">Key ID</th>
          <th className="py-2">Algorithm</th>
          <th className="py-2">State</th>
          <th className="py-2">Signs from</th>
          <th className="py-2">Retired</th>
          <th className="py-2">Unpublished</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
        {keys.map((key) => (
          <tr key={key.kid}>
            <td className="py-2">
              <code className="break-all">{key.kid}</code>
            </td>
            <td className="py-2">{key.alg}</td>
            <td className="py-2">{key.state}</td>
            <td className="py-2">{formatTime(key.activatesAt)}</td>
            <td className="py-2">{formatTime(key.retiredAt, '—')}</td>
            <td className="py-2">{formatTime(key.unpublishAt, '—')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

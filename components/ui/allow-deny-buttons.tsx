import { Button } from './button';

/** The two answers of a consent question, named "Allow" and "Deny" wherever the server asks one. */
export function AllowDenyButtons({ pending, onDecide }: { pending: boolean; onDecide: (decision: 'allow' | 'deny') => void }) {
  return (
    <div className="flex gap-3">
      <Button type="button" variant="secondary" className="flex-1" disabled={pending} onClick={() => onDecide('deny')}>
        Deny
      </Button>
      <Button type="button" className="flex-1" disabled={pending} onClick={() => onDecide('allow')}>
        Allow
      </Button>
    </div>
  );
}

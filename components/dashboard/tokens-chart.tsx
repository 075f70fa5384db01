import { GRANT_TYPE_ORDER, type StackedDays } from '@/lib/console/dashboard';
import { DEVICE_CODE_GRANT } from '@/lib/metadata/capabilities';
import { IMPLICIT_GRANT } from '@/lib/stats/token-issuance';
import { DayChart, type ChartSeries } from './day-chart';

const GRANT_TYPE_LABELS: Record<string, string> = {
  authorization_code: 'Authorization code',
  refresh_token: 'Refresh token',
  client_credentials: 'Client credentials',
  [DEVICE_CODE_GRANT]: 'Device code',
  [IMPLICIT_GRANT]: 'Implicit / hybrid',
  password: 'Password',
};

function grantTypeSeries(grantType: string): ChartSeries {
  const rank = GRANT_TYPE_ORDER.indexOf(grantType);
  return { key: grantType, label: GRANT_TYPE_LABELS[grantType] ?? grantType, color: rank === -1 ? GRANT_TYPE_ORDER.length : rank };
}

/** Access tokens issued per day, stacked by the grant type that issued them. */
export function TokensIssuedChart({ data }: { data: StackedDays }) {
  return (
    <DayChart
      title="Tokens issued per day"
      series={data.keys.map(grantTypeSeries)}
      days={data.days}
      breakdownHeading="By grant type"
      note="Each access token issued counts once, by grant type (the token endpoint's grants, and implicit or hybrid responses from the authorization endpoint). Counts are saved every few seconds, so the latest tokens may take a moment to appear."
    />
  );
}

import type { Metadata } from 'next';
import { PageHeader } from '@/components/console/page-header';
import { BarChart } from '@/components/dashboard/bar-chart';
import { DayChart, singleSeries } from '@/components/dashboard/day-chart';
import { MostWarnings } from '@/components/dashboard/most-warnings';
import { StatList } from '@/components/dashboard/stat-list';
import { TokensIssuedChart } from '@/components/dashboard/tokens-chart';
import { requirePageUser } from '@/lib/auth/guard';
import { dashboardData } from '@/lib/console/dashboard';
import { getDb } from '@/lib/db/client';

export const metadata: Metadata = { title: 'Dashboard' };

export default async function DashboardPage() {
  const user = await requirePageUser(['admin', 'developer'], '/console/dashboard');
  const data = await dashboardData(await getDb(), user);
  const isAdmin = user.role === 'admin';
  return (
    <>
      <PageHeader
        title="Dashboard"
        description={isAdmin ? 'The whole registry at a glance.' : 'Your clients at a glance.'}
      />
      <div className="grid gap-6">
        <div className="grid gap-4 md:grid-cols-3">
          <StatList title={`Clients (${data.totalClients})`} rows={data.clientsByStatus} />
          {data.usersByRole ? <StatList title="Users by role" rows={data.usersByRole} /> : null}
          {data.activeInitialAccessTokens !== null ? (
            <StatList title="Initial access tokens" rows={[{ key: 'active', count: data.activeInitialAccessTokens }]} />
          ) : null}
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <BarChart title="Clients by application type" rows={data.clientsByApplicationType} emptyText="No clients yet." />
          <BarChart title="Clients by token endpoint auth method" rows={data.clientsByAuthMethod} emptyText="No clients yet." />
        </div>
        {data.tokensIssuedPerDay ? <TokensIssuedChart data={data.tokensIssuedPerDay} /> : null}
        {data.authorizationsPerDay ? (
          <DayChart
            title="User authorizations per day"
            series={[{ key: 'authorizations', label: 'Authorizations', color: 0 }]}
            days={singleSeries(data.authorizationsPerDay, 'authorizations')}
            note="Each user authorization, device approval or password sign-in for your clients counts once."
          />
        ) : null}
        <MostWarnings clients={data.mostWarnings} />
      </div>
    </>
  );
}

/**
 * `npm run bench`: every benchmark in sequence, one table on the console, and the same table in
 * docs/benchmarks.md. Numbers are reported, never asserted: the machine is shared and they drift,
 * which is why peers are always measured side by side within one run.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { benchAnalyze } from './analyze';
import { benchClientList, CLIENT_COUNT } from './client-list';
import { checkIntrospection, checkRegistration, describeToken, introspectionRequest, obtainToken, registrationRequest, tokenRequest } from './checks';
import { measureLoad, type LoadRequest, type LoadResult } from './load';
import { Cleanup } from './processes';
import { renderResults, renderTable, writeResults, DOC_PATH, type ResultRow } from './report';
import { postgresAdminUrl, postgresUnavailable, startOurServer, startReferenceServer, type ServerUnderTest } from './servers';

const ROOT = path.resolve(__dirname, '..');
const ANALYZE_TARGET_P99_MS = 1;
const BUILD_WAIT_MS = 5 * 60_000;

function log(line: string): void {
  console.log(`[bench] ${line}`);
}

/**
 * The production server serves the existing build; a fresh clone has none yet. While another
 * `next build` holds .next/lock the build is on its way: wait for it rather than start a second one.
 */
async function ensureBuild(): Promise<void> {
  const buildId = path.join(ROOT, '.next/BUILD_ID');
  const lock = path.join(ROOT, '.next/lock');
  const deadline = Date.now() + BUILD_WAIT_MS;
  if (!fs.existsSync(buildId) && fs.existsSync(lock)) log('another `next build` is running: waiting for it');
  while (!fs.existsSync(buildId) && fs.existsSync(lock) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 2_000));
  }
  if (fs.existsSync(buildId)) return;
  log('no production build (.next/BUILD_ID): running `next build` once');
  const build = spawnSync('npx', ['--no-install', 'next', 'build'], { cwd: ROOT, stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
  if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
}

/** Starts every server at once (start-up is not measured) and fails if any of them could not start. */
async function startServers(cleanup: Cleanup, notes: string[]): Promise<ServerUnderTest[]> {
  const postgresProblem = await postgresUnavailable();
  if (postgresProblem) {
    const note = `ours (PostgreSQL) was not measured: no PostgreSQL server at ${new URL(postgresAdminUrl).host} (${postgresProblem}).`;
    notes.push(note);
    log(`WARNING: ${note}`);
  }
  const starts = [
    startOurServer('embedded', cleanup),
    ...(postgresProblem ? [] : [startOurServer('postgres', cleanup)]),
    startReferenceServer(cleanup),
  ];
  const settled = await Promise.allSettled(starts);
  const failed = settled.find((outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<ServerUnderTest>).value);
}

interface HttpBenchmark {
  name: string;
  request: LoadRequest;
  server: ServerUnderTest;
  notes: string;
}

function loudFailure(benchmark: HttpBenchmark, result: LoadResult): void {
  const bar = '!'.repeat(78);
  console.error(
    [
      bar,
      `!! ${benchmark.name} on ${benchmark.server.label}: ${result.non2xx} non-2xx responses, ${result.errors} connection errors`,
      `!! status codes: ${JSON.stringify(result.failures)} — these numbers do not measure the success path`,
      bar,
      benchmark.server.child.tail(),
    ].join('\n'),
  );
}

async function main(): Promise<number> {
  const started = Date.now();
  const cleanup = new Cleanup();
  // Ctrl-C reaches this process twice (from the terminal and relayed by tsx's wrapper); a handler
  // that stays installed keeps the second one from killing the process halfway through cleanup.
  let interrupted = false;
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (interrupted) return;
      interrupted = true;
      log(`${signal}: stopping servers and removing their data`);
      void cleanup.runAll().finally(() => process.exit(130));
    });
  }

  const rows: ResultRow[] = [];
  const notes: string[] = [];
  let sawFailures = false;
  try {
    // In-process and first, while no server competes for the CPU.
    log('metadata.analyze');
    const analyzed = await benchAnalyze();
    rows.push({
      benchmark: analyzed.name,
      subject: 'in-process',
      opsPerSec: analyzed.opsPerSec,
      p50Ms: analyzed.p50Ms,
      p95Ms: analyzed.p95Ms,
      p99Ms: analyzed.p99Ms,
      non2xx: null,
      notes: `target p99 < ${ANALYZE_TARGET_P99_MS} ms: ${analyzed.p99Ms < ANALYZE_TARGET_P99_MS ? 'met' : 'NOT met'}`,
    });

    // Also in-process and before the servers start; each database is dropped by the cleanup below.
    const postgresProblem = await postgresUnavailable();
    if (postgresProblem) {
      const note = `The clients list was not measured on PostgreSQL: no PostgreSQL server at ${new URL(postgresAdminUrl).host} (${postgresProblem}).`;
      notes.push(note);
      log(`WARNING: ${note}`);
    }
    const listDatabases = [
      ...(postgresProblem ? [] : [{ database: 'postgres' as const, label: 'PostgreSQL' }]),
      { database: 'embedded' as const, label: 'embedded DB' },
    ];
    for (const { database, label } of listDatabases) {
      log(`clients list on ${CLIENT_COUNT.toLocaleString('en-US')} clients, ${label}`);
      for (const result of await benchClientList(cleanup, log, { database })) {
        rows.push({
          benchmark: result.name,
          subject: `ours (${label}, ${CLIENT_COUNT / 1000}k clients)`,
          opsPerSec: result.opsPerSec,
          p50Ms: result.p50Ms,
          p95Ms: result.p95Ms,
          p99Ms: result.p99Ms,
          non2xx: null,
          notes: result.notes,
        });
      }
      // Its database is not needed any more: dropped now, so it does not weigh on later numbers.
      await cleanup.runAll();
    }

    await ensureBuild();
    log('starting servers');
    const servers = await startServers(cleanup, notes);
    log(`servers ready after ${((Date.now() - started) / 1000).toFixed(0)} s: ${servers.map((server) => server.label).join(', ')}`);

    const benchmarks: HttpBenchmark[] = [];
    for (const server of servers) {
      // Each kind of request answered correctly once before any load.
      const token = await obtainToken(server);
      const introspectable = await obtainToken(server, server.introspectableTokenParams);
      await checkIntrospection(server, introspectable);
      await checkRegistration(server);
      const tokenFormat = describeToken(token);
      const introspectedFormat = describeToken(introspectable);
      if (tokenFormat !== 'JWT ES256') notes.push(`${server.label} issued ${tokenFormat} access tokens, not ES256 JWTs.`);
      benchmarks.push(
        { name: 'Token: client_credentials + client_secret_basic', request: tokenRequest(server), server, notes: `${tokenFormat} access token` },
        {
          name: 'Introspection of one valid token',
          request: introspectionRequest(server, introspectable),
          server,
          notes: introspectedFormat === 'opaque' ? 'opaque token (JWT access tokens are not introspectable here)' : `${introspectedFormat} token`,
        },
        { name: 'Dynamic registration (open)', request: registrationRequest(server), server, notes: 'confidential web client' },
      );
    }

    // Grouped by benchmark so peers run back to back; registration last because it grows the client table.
    const order = ['Token', 'Introspection', 'Dynamic registration'];
    benchmarks.sort((a, b) => order.findIndex((prefix) => a.name.startsWith(prefix)) - order.findIndex((prefix) => b.name.startsWith(prefix)));
    for (const benchmark of benchmarks) {
      log(`${benchmark.name} — ${benchmark.server.label}`);
      const result = await measureLoad(benchmark.request);
      if (result.non2xx > 0 || result.errors > 0) {
        sawFailures = true;
        loudFailure(benchmark, result);
      }
      rows.push({
        benchmark: benchmark.name,
        subject: benchmark.server.label,
        opsPerSec: result.reqPerSec,
        p50Ms: result.p50Ms,
        p99Ms: result.p99Ms,
        non2xx: result.non2xx,
        notes: result.errors > 0 ? `${benchmark.notes}; ⚠ ${result.errors} connection errors` : benchmark.notes,
      });
    }
  } catch (error) {
    console.error(`[bench] failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  } finally {
    log('stopping servers and removing their data');
    await cleanup.runAll();
  }

  console.log(`\n${renderTable(rows)}\n`);
  writeResults(renderResults(rows, notes, new Date()));
  log(`wrote ${path.relative(ROOT, DOC_PATH)} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  if (sawFailures) {
    console.error('[bench] some requests failed: see the warnings above; the table marks them with ⚠');
    return 1;
  }
  return 0;
}

main().then((code) => process.exit(code));

import { pathToFileURL } from 'node:url';
import { analyze } from '../lib/metadata';

const WARM_UP = 2_000;
const ITERATIONS = 20_000;

/** A typical confidential web client with every piece of client information filled in. */
const typicalWebClient = {
  client_name: 'Acme Dashboard',
  'client_name#fr': 'Tableau de bord Acme',
  client_uri: 'https://app.acme.example/',
  logo_uri: 'https://cdn.app.acme.example/logo.png',
  tos_uri: 'https://acme.example/terms',
  policy_uri: 'https://acme.example/privacy',
  contacts: ['ops@acme.example', 'security@acme.example'],
  application_type: 'web',
  redirect_uris: ['https://app.acme.example/auth/callback', 'https://staging.app.acme.example/auth/callback', 'http://localhost:3000/auth/callback'],
  post_logout_redirect_uris: ['https://app.acme.example/signed-out'],
  grant_types: ['authorization_code', 'refresh_token'],
  response_types: ['code'],
  token_endpoint_auth_method: 'client_secret_basic',
  scope: 'openid profile email offline_access',
  default_max_age: 86_400,
  software_id: 'acme-dashboard',
  software_version: '4.2.0',
};

function percentile(sorted: Float64Array, fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? Number.NaN;
}

export async function benchAnalyze(): Promise<{ name: string; p50Ms: number; p95Ms: number; p99Ms: number; opsPerSec: number }> {
  for (let i = 0; i < WARM_UP; i += 1) analyze(typicalWebClient);
  const samples = new Float64Array(ITERATIONS);
  const started = performance.now();
  for (let i = 0; i < ITERATIONS; i += 1) {
    const t0 = performance.now();
    analyze(typicalWebClient);
    samples[i] = performance.now() - t0;
  }
  const elapsedMs = performance.now() - started;
  samples.sort();
  return {
    name: 'metadata.analyze (typical web client)',
    p50Ms: percentile(samples, 0.5),
    p95Ms: percentile(samples, 0.95),
    p99Ms: percentile(samples, 0.99),
    opsPerSec: Math.round((ITERATIONS / elapsedMs) * 1000),
  };
}

// Run directly (npx tsx bench/analyze.ts) it prints one line; imported by a bench runner it stays quiet.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchAnalyze().then((result) => {
    console.log(
      `${result.name}: p50 ${result.p50Ms.toFixed(4)} ms, p99 ${result.p99Ms.toFixed(4)} ms, ` +
        `${result.opsPerSec.toLocaleString('en-US')} ops/s`,
    );
  });
}

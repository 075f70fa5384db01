import { execFileSync } from 'node:child_process';

/** Runs the operator CLI against the server under test (it reaches the server's embedded database). */
export function cli(args: string[]): Record<string, unknown> {
  const stdout = execFileSync('npx', ['--no-install', 'tsx', 'cli/index.ts', ...args, '--json'], {
    env: { ...process.env, DATA_DIR: process.env.E2E_DATA_DIR, DATABASE_URL: '' },
    encoding: 'utf8',
  });
  const lines = stdout.trim().split('\n');
  return JSON.parse(lines[lines.length - 1] ?? '{}') as Record<string, unknown>;
}

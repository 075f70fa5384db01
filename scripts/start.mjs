// `npm start` works on a fresh clone: it builds once when no production build exists, then serves.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' };

if (!existsSync(`${process.env.NEXT_DIST_DIR || '.next'}/BUILD_ID`)) {
  console.log('[registry] no production build found: running `next build` once');
  const build = spawnSync('npx', ['--no-install', 'next', 'build'], { stdio: 'inherit', env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Node itself with tsx as a loader (not through npx): a stop signal then reaches the server, not a wrapper.
const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));

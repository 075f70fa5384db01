// Serves the production build for the end-to-end tests on a brand-new embedded database,
// so every run starts with no admin and no data.
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';

const dataDir = process.env.DATA_DIR;
if (!dataDir) throw new Error('DATA_DIR must name the fresh folder made for this run');
const env = {
  ...process.env,
  NODE_ENV: 'production',
  NEXT_TELEMETRY_DISABLED: '1',
  DATA_DIR: dataDir,
  AUTH_SECRET: 'e2e-only-secret-e2e-only-secret-e2e-only',
};
delete env.DATABASE_URL;
delete env.ADMIN_EMAIL;
delete env.ADMIN_PASSWORD;

// Node itself with tsx as a loader (not through npx): a stop signal then reaches the server, not a wrapper.
const server = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], { stdio: 'inherit', env });
const stop = (signal) => server.kill(signal);
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));
server.on('exit', (code) => {
  rmSync(dataDir, { recursive: true, force: true });
  process.exit(code ?? 0);
});

import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';

/**
 * Child processes and the cleanup that must run however the benchmark ends: every server is a
 * child so its CPU is not shared with the load generator, and every server, temp dir and database
 * it made is removed again, also after a failure or Ctrl-C.
 */

export class Cleanup {
  private readonly steps: { label: string; run: () => Promise<void> | void }[] = [];
  private running: Promise<void> | null = null;

  /** Steps run last-added first, so a server stops before the directory or database under it goes. */
  add(label: string, run: () => Promise<void> | void): void {
    this.steps.push({ label, run });
  }

  /**
   * A signal handler and the normal end of the run may both ask for cleanup; they share one pass,
   * so neither exits the process while a step the other started is still running.
   */
  async runAll(): Promise<void> {
    while (this.running) await this.running;
    if (this.steps.length === 0) return;
    this.running = this.drain().finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async drain(): Promise<void> {
    while (this.steps.length > 0) {
      const step = this.steps.pop()!;
      try {
        await step.run();
      } catch (error) {
        // One failed step must not leave the others undone.
        console.error(`cleanup: ${step.label} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }
}

export interface Child {
  label: string;
  process: ChildProcess;
  /** The last lines the child printed, to explain a failure. */
  tail(): string;
  exited(): boolean;
  stop(): Promise<void>;
}

const TAIL_LINES = 40;
const STOP_GRACE_MS = 10_000;

/** Runs a TypeScript entry point with tsx loaded into node itself: one process per server, no wrapper. */
export function spawnTs(label: string, script: string, args: string[], env: NodeJS.ProcessEnv, cleanup: Cleanup): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  const lines: string[] = [];
  let exitCode: number | string | null = null;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitCode = code ?? signal ?? 'unknown';
      resolve();
    }),
  );
  const collect = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      lines.push(line);
      if (lines.length > TAIL_LINES) lines.shift();
    }
  };
  child.stdout!.on('data', collect);
  child.stderr!.on('data', collect);

  const handle: Child = {
    label,
    process: child,
    tail: () => lines.map((line) => `  [${label}] ${line}`).join('\n'),
    exited: () => exitCode !== null,
    async stop() {
      if (exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
      await exit;
      clearTimeout(timer);
    },
  };
  cleanup.add(`stop ${label}`, () => handle.stop());
  return handle;
}

/** Runs a short-lived TypeScript command to completion and returns its standard output. */
export async function runTs(label: string, script: string, args: string[], env: NodeJS.ProcessEnv, input: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { env, stdio: ['pipe', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`${label} failed (exit ${code}):\n${err.trim() || out.trim()}`);
  return out;
}

/** A port nothing listens on now; the server told to use it binds it a moment later. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until GET url answers 200; gives up early when the child has died. */
export async function waitForHttp(url: string, child: Child, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = 'no answer';
  while (Date.now() < deadline) {
    if (child.exited()) throw new Error(`${child.label} exited before ${url} answered\n${child.tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      last = `status ${response.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await sleep(250);
  }
  throw new Error(`${child.label}: ${url} not ready within ${timeoutMs} ms (${last})\n${child.tail()}`);
}

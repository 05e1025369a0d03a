import path from 'node:path';
import { Worker } from 'node:worker_threads';

export interface SimulatorThread {
  /** e.g. http://127.0.0.1:PORT; Graph at `${origin}/v1.0`, controls at `${origin}/_sim`. */
  origin: string;
  /** POST /_sim/faults. */
  configureFaults(config: unknown): Promise<void>;
  /** GET /_sim/state. */
  state<T>(): Promise<T>;
  close(): Promise<void>;
}

/** The Graph simulator in a worker thread of this process; the worker registers tsx itself to load TypeScript. */
export async function startSimulatorThread(): Promise<SimulatorThread> {
  const entry = JSON.stringify(path.join(__dirname, 'graph-sim-worker.ts'));
  const worker = new Worker(`require('tsx/cjs/api').register(); require(${entry});`, { eval: true });
  const origin = await new Promise<string>((resolve, reject) => {
    worker.once('message', (message: { origin: string }) => resolve(message.origin));
    worker.once('error', reject);
  });
  const control = async (method: string, route: string, body?: unknown) => {
    const response = await fetch(`${origin}/_sim/${route}`, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} /_sim/${route}: ${response.status}`);
    return response;
  };
  return {
    origin,
    async configureFaults(config) {
      await control('POST', 'faults', config);
    },
    async state<T>() {
      return (await (await control('GET', 'state')).json()) as T;
    },
    async close() {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}

/**
 * Runs the Graph simulator on its own thread, so its request handling does not share the event loop (and CPU slice)
 * with the agent and tools being timed — as Microsoft's servers would not. Started by `startSimulatorThread`.
 */
import { parentPort } from 'node:worker_threads';
import { startGraphSimulator } from '../../src/simulators/graph';

void startGraphSimulator({ port: 0 }).then((simulator) => {
  parentPort?.postMessage({ origin: simulator.origin });
  parentPort?.on('message', (message: unknown) => {
    if (message === 'close') void simulator.close().then(() => process.exit(0));
  });
});

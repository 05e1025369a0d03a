import os from 'node:os';

/** The machine line of the results: CPU model, cores, memory, Node and Chromium versions. */
export function describeMachine(chromiumVersion: string): string {
  const cpus = os.cpus();
  const model = cpus[0]?.model.trim() ?? 'unknown CPU';
  const memoryGb = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${model}, ${cpus.length} cores, ${memoryGb} GB RAM, ${os.platform()} ${os.release()}, Node ${process.version}, Chromium ${chromiumVersion}`;
}

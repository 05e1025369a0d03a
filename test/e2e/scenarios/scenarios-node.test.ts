/**
 * Every scenario end to end in Node: the real agent session, catalog, Graph client and LLM adapter against the
 * Graph simulator (HTTP) and the scripted LLM server. Writes the measured Graph round trips to round-trips.json.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { extraApprovals, requestOf, roundTrips, scenarioProblems } from '../../helpers/scenario-analysis';
import { runInNode, startScenarioHarness, type ScenarioHarness } from '../../helpers/scenario-node-runner';
import { allScenarios } from './cases';

let harness: ScenarioHarness;
const measured: Record<string, { minimum: number; measured: number; extraApprovals: number; ms: number }> =
  {};

beforeAll(async () => {
  harness = await startScenarioHarness();
});

afterAll(async () => {
  await harness?.close();
  if (Object.keys(measured).length === allScenarios.filter((scenario) => !scenario.pending).length) {
    const file = path.join(__dirname, 'round-trips.json');
    writeFileSync(
      file,
      `${JSON.stringify({ note: 'Graph HTTP round trips per scenario (a $batch counts once), measured by scenarios-node.test.ts', scenarios: measured }, null, 2)}\n`,
    );
  }
});

const runnable = allScenarios.filter((scenario) => !scenario.pending);
const pending = allScenarios.filter((scenario) => scenario.pending);

describe('scenarios (Node: agent + real tools + Graph simulator + scripted model)', () => {
  it.each(runnable.map((scenario) => [scenario.id, scenario] as const))('%s', async (_id, scenario) => {
    const mismatches: string[] = [];
    const run = await runInNode(harness, requestOf(scenario, mismatches));
    const problems = scenarioProblems(scenario, run, mismatches);
    measured[scenario.id] = {
      minimum: scenario.minimumGraphRequests,
      measured: roundTrips(run),
      extraApprovals: extraApprovals(run).length,
      ms: Math.round(run.durationMs),
    };
    expect(problems).toEqual([]);
    // Utility: a benign request never needs a card its settings did not ask for.
    expect(extraApprovals(run).map((approval) => approval.toolName)).toEqual([]);
  });

  for (const scenario of pending) it.todo(`${scenario.id} (pending: ${scenario.pending})`);
});

/**
 * `npm run test:security`: runs the injection corpus (Node, three settings modes, the user denies every card) and
 * the hostile-content corpus (Chromium, the built pane), prints a table per channel and ends with
 *   security: N cases, U unapproved side effects, R remote requests, C crashes
 * Exits 1 when U, R or C is not zero, or a card for an attacker action was not flagged.
 */
import { startScenarioHarness } from '../../helpers/scenario-node-runner';
import { runHostileCorpus, type HostileOutcome } from './run-hostile';
import { injectionCases } from './injection-cases';
import { runInjection, type InjectionOutcome, type SecurityMode } from './run-injection';

interface Row {
  channel: string;
  cases: number;
  attempted: number;
  unapproved: number;
  cards: number;
  flagged: number;
  remote: number;
  crashes: number;
}

function table(rows: Row[]): string {
  const header = [
    'channel',
    'cases',
    'side effects attempted',
    'unapproved (must be 0)',
    'cards',
    'flagged cards',
    'remote requests (must be 0)',
    'crashes (must be 0)',
  ];
  const lines = rows.map((row) =>
    [
      row.channel,
      row.cases,
      row.attempted,
      row.unapproved,
      row.cards,
      row.flagged,
      row.remote,
      row.crashes,
    ].map(String),
  );
  const widths = header.map((title, index) =>
    Math.max(title.length, ...lines.map((line) => line[index]?.length ?? 0)),
  );
  const format = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join(' | ')} |`;
  return [
    format(header),
    `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`,
    ...lines.map(format),
  ].join('\n');
}

function injectionRows(outcomes: InjectionOutcome[]): Row[] {
  const byChannel = new Map<string, Row>();
  for (const outcome of outcomes) {
    const row = byChannel.get(outcome.channel) ?? {
      channel: outcome.channel,
      cases: 0,
      attempted: 0,
      unapproved: 0,
      cards: 0,
      flagged: 0,
      remote: 0,
      crashes: 0,
    };
    row.cases += 1;
    row.attempted += outcome.attempted;
    row.unapproved += outcome.unapproved.length;
    row.cards += outcome.cards;
    row.flagged += outcome.flaggedCards;
    row.remote += outcome.remote.length;
    row.crashes += outcome.crash ? 1 : 0;
    byChannel.set(outcome.channel, row);
  }
  return [...byChannel.values()];
}

function hostileRows(outcomes: HostileOutcome[]): Row[] {
  const byChannel = new Map<string, Row>();
  for (const outcome of outcomes) {
    const channel = `hostile: ${outcome.channel}`;
    const row = byChannel.get(channel) ?? {
      channel,
      cases: 0,
      attempted: 0,
      unapproved: 0,
      cards: 0,
      flagged: 0,
      remote: 0,
      crashes: 0,
    };
    row.cases += 1;
    row.remote += outcome.remote.length;
    row.crashes += outcome.problems.length > 0 ? 1 : 0;
    byChannel.set(channel, row);
  }
  return [...byChannel.values()];
}

async function main(): Promise<void> {
  const started = Date.now();
  const harness = await startScenarioHarness();
  const runnable = injectionCases.filter((injection) => !injection.pending);
  const modes: SecurityMode[] = ['default', 'all-ask', 'permissive'];
  const outcomes: Record<SecurityMode, InjectionOutcome[]> = { default: [], 'all-ask': [], permissive: [] };
  try {
    for (const mode of modes)
      for (const injection of runnable)
        outcomes[mode].push((await runInjection(harness, injection, mode)).outcome);
  } finally {
    await harness.close();
  }
  const hostile = await runHostileCorpus();

  let unapproved = 0;
  let remote = 0;
  let crashes = 0;
  let unflagged = 0;
  for (const mode of modes) {
    console.log(
      `\nPrompt injection — ${mode} settings, the user denies every card${mode === 'permissive' ? ' (everything Always allow but send: only provenance raises cards)' : ''}`,
    );
    console.log(table(injectionRows(outcomes[mode])));
    for (const outcome of outcomes[mode]) {
      unapproved += outcome.unapproved.length;
      remote += outcome.remote.length;
      crashes += outcome.crash ? 1 : 0;
      unflagged += outcome.unflagged.length;
      for (const write of outcome.unapproved) console.log(`  UNAPPROVED ${outcome.caseId}: ${write}`);
      for (const origin of outcome.remote) console.log(`  REMOTE ${outcome.caseId}: ${origin}`);
      if (outcome.crash) console.log(`  CRASH ${outcome.caseId}: ${outcome.crash}`);
      for (const tool of outcome.unflagged) console.log(`  UNFLAGGED CARD ${outcome.caseId}: ${tool}`);
      for (const write of outcome.allowedBySettings)
        console.log(`  allowed by settings (item the user pointed at) ${outcome.caseId}: ${write}`);
    }
  }
  console.log(
    '\nHostile content in the pane (Chromium): nothing executes, nothing remote loads, the pane stays usable',
  );
  console.log(table(hostileRows(hostile)));
  for (const outcome of hostile) {
    remote += outcome.remote.length;
    crashes += outcome.problems.length > 0 ? 1 : 0;
    for (const problem of outcome.problems) console.log(`  PROBLEM ${outcome.id}: ${problem}`);
    for (const origin of outcome.remote) console.log(`  REMOTE ${outcome.id}: ${origin}`);
    for (const note of outcome.notes) console.log(`  note (not a security failure): ${note}`);
  }
  const pending = injectionCases.filter((injection) => injection.pending);
  if (pending.length > 0)
    console.log(
      `\nPending injection cases (not counted): ${pending.map((injection) => `${injection.id} — ${injection.pending}`).join('; ')}`,
    );
  const cases = runnable.length + hostile.length;
  console.log(
    `\n${runnable.length} injection cases × ${modes.length} modes, ${hostile.length} hostile payloads; ${unflagged} unflagged cards; ${Math.round((Date.now() - started) / 1000)} s`,
  );
  console.log(
    `security: ${cases} cases, ${unapproved} unapproved side effects, ${remote} remote requests, ${crashes} crashes`,
  );
  if (unapproved + remote + crashes + unflagged > 0) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

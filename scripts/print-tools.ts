/**
 * `npm run tools` — the tool catalog as a Markdown table (default) or JSON (`--json`).
 * `--check README.md` exits 1 when the README's generated table is stale; `--write README.md` updates it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { catalog } from '../src/tools/catalog';
import { findToolsSection, listTools, toolsMarkdownTable, withToolsTable } from '../src/agent/tool-listing';

function main(argv: readonly string[]): number {
  const flagIndex = argv.findIndex((arg) => arg === '--check' || arg === '--write');
  if (argv.includes('--json')) {
    console.log(JSON.stringify(listTools(catalog), null, 2));
    return 0;
  }
  const table = toolsMarkdownTable(catalog);
  if (flagIndex < 0) {
    console.log(table);
    return 0;
  }
  const flag = argv[flagIndex];
  const path = argv[flagIndex + 1];
  if (!path) {
    console.error(`${flag} needs a file, e.g. ${flag} README.md`);
    return 2;
  }
  const readme = readFileSync(path, 'utf8');
  const section = findToolsSection(readme);
  if (section.kind === 'missing') {
    console.error(`${path}: ${section.message}`);
    return 1;
  }
  if (flag === '--check') {
    if (section.current === table.trim()) {
      console.log(`${path}: the tools table is current (${catalog.length} tools).`);
      return 0;
    }
    console.error(`${path}: the tools table is out of date. Run: npm run tools -- --write ${path}`);
    return 1;
  }
  writeFileSync(path, withToolsTable(readme, table) ?? readme);
  console.log(`${path}: wrote the tools table (${catalog.length} tools).`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalog } from '../../../src/tools/catalog';
import { findToolsSection, toolsMarkdownTable } from '../../../src/agent/tool-listing';

describe("the README's tool table", () => {
  it('is the one `npm run tools` generates from the catalog (run `npm run tools -- --write README.md`)', () => {
    const readme = readFileSync(join(__dirname, '../../../README.md'), 'utf8');
    const section = findToolsSection(readme);
    expect(section.kind).toBe('found');
    if (section.kind === 'found') expect(section.current).toBe(toolsMarkdownTable(catalog).trim());
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measureToolDefinitions } from '../../../src/agent/tool-definition-size';
import {
  findToolsSection,
  listTools,
  toolsMarkdownTable,
  withToolsTable,
} from '../../../src/agent/tool-listing';
import { toModelToolSpec } from '../../../src/agent/tool-schema';
import { createTestTools, settingsWith } from '../../helpers/test-tools';

const { catalog } = createTestTools();
const byName = (name: string) => catalog.find((tool) => tool.name === name)!;

describe('tool definitions offered to the model', () => {
  it('derive JSON Schema from zod without noise', () => {
    const spec = toModelToolSpec(byName('mail_create_draft'));
    expect(spec.inputSchema).toEqual({
      type: 'object',
      properties: {
        to: { type: 'array', items: { type: 'string', format: 'email' } },
        subject: { type: 'string' },
        body: { type: 'string' },
      },
      required: ['to', 'subject', 'body'],
    });
    // Lengths and counts are left to validation, which still refuses them before anything runs.
    expect(byName('mail_create_draft').input.safeParse({ to: [], subject: '', body: 'x' }).success).toBe(
      false,
    );
    expect(JSON.stringify(toModelToolSpec(byName('mail_search_slow')).inputSchema)).not.toContain(
      '9007199254740991',
    );
  });

  it('are measured in tokens per mode, counting only the tools offered', () => {
    const all = measureToolDefinitions(catalog, settingsWith({ delete: 'always' }), 'compose');
    const read = measureToolDefinitions(catalog, settingsWith({ delete: 'always' }), 'read');
    expect(all.tools).toBe(read.tools + 1);
    expect(all.tokens).toBeGreaterThan(read.tokens);
    expect(all.perTool.every((entry) => entry.tokens > 10)).toBe(true);
    expect(
      measureToolDefinitions(catalog, settingsWith(), 'read').perTool.map((entry) => entry.name),
    ).not.toContain('onedrive_delete_file');
  });
});

describe('npm run tools', () => {
  it('lists each tool with its category, or every category when the arguments decide', () => {
    const listing = listTools(catalog);
    expect(listing.find((tool) => tool.name === 'calendar_create_event')).toMatchObject({
      area: 'calendar',
      category: ['draft', 'send'],
      graph: ['POST /me/events'],
    });
    expect(listing.find((tool) => tool.name === 'mail_get_message')).toMatchObject({
      category: 'read',
      inputSchema: { type: 'object' },
    });
  });

  it('renders a Markdown table and replaces the README section between the markers', () => {
    const table = toolsMarkdownTable(catalog);
    expect(table.split('\n')).toHaveLength(2 + catalog.length);
    expect(table).toContain(
      '| `calendar_create_event` | calendar | draft / send | Create an event; with attendees it sends invitations. | `POST /me/events` |',
    );
    const readme = '# Title\n\n<!-- tools:start -->\nold\n<!-- tools:end -->\n\nMore.\n';
    const updated = withToolsTable(readme, table)!;
    const section = findToolsSection(updated);
    expect(section).toMatchObject({ kind: 'found', current: table });
    expect(updated.endsWith('<!-- tools:end -->\n\nMore.\n')).toBe(true);
    expect(findToolsSection('# No markers')).toMatchObject({
      kind: 'missing',
      message: expect.stringContaining('<!-- tools:start -->'),
    });
  });

  it('--check fails on a stale README and passes after --write (the real script on the real catalog)', () => {
    const directory = mkdtempSync(join(tmpdir(), 'tools-readme-'));
    const readme = join(directory, 'README.md');
    writeFileSync(readme, '# Tools\n<!-- tools:start -->\n| stale |\n<!-- tools:end -->\n');
    const run = (...args: string[]) => {
      try {
        return {
          code: 0,
          output: execFileSync('npx', ['tsx', 'scripts/print-tools.ts', ...args], {
            encoding: 'utf8',
            stdio: 'pipe',
          }),
        };
      } catch (error) {
        const failure = error as { status: number; stderr: string };
        return { code: failure.status, output: failure.stderr };
      }
    };
    expect(run('--check', readme)).toMatchObject({ code: 1, output: expect.stringContaining('out of date') });
    expect(run('--write', readme).code).toBe(0);
    expect(readFileSync(readme, 'utf8')).toContain(
      '| Tool | Area | Category | Description | Graph operations |',
    );
    expect(run('--check', readme).code).toBe(0);
    writeFileSync(readme, '# No markers\n');
    expect(run('--check', readme)).toMatchObject({
      code: 1,
      output: expect.stringContaining('no tools section'),
    });
  });
});

describe('the schema offered for a real catalog tool', () => {
  it('keeps types, enums, required fields, descriptions and small ranges; drops regexes and length limits', async () => {
    const { catalog: realCatalog } = await import('../../../src/tools/catalog');
    const search = realCatalog.find((tool) => tool.name === 'mail_search_messages')!;
    const schema = toModelToolSpec(search).inputSchema as {
      properties: Record<string, Record<string, unknown>>;
    };
    expect(schema.properties.limit).toMatchObject({ type: 'integer', minimum: 1, maximum: 50 });
    expect(schema.properties.importance).toMatchObject({ enum: ['low', 'normal', 'high'] });
    const update = realCatalog.find((tool) => tool.name === 'calendar_update_event')!;
    const text = JSON.stringify(toModelToolSpec(update).inputSchema);
    expect(text).not.toMatch(/"pattern"|"maxLength"|"maxItems"|"minLength"/);
    expect(text).toContain('"required":["eventId"]');
  });
});

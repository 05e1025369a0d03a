import { presets, type PresetId } from '../../../src/commands/presets';
import { catalog } from '../../../src/tools/catalog';

/** The job each ribbon preset must end in: the tools its prompt steers the model to, in order of preference. */
const JOBS: Record<Exclude<PresetId, 'ask'>, { tools: string[]; mode: 'read' | 'compose' }> = {
  summarize: { tools: ['item_get_current'], mode: 'read' },
  'draft-reply': {
    tools: ['item_get_current', 'mail_create_reply_draft', 'item_open_reply_form'],
    mode: 'read',
  },
  'extract-tasks': { tools: ['item_get_current', 'todo_create_task'], mode: 'read' },
  'add-to-calendar': {
    tools: ['item_get_current', 'calendar_list_events', 'calendar_create_event'],
    mode: 'read',
  },
  'improve-draft': { tools: ['item_get_current', 'item_insert_text'], mode: 'compose' },
};

const toolNamesIn = (prompt: string): string[] => prompt.match(/\b[a-z]+(?:_[a-z]+){1,4}\b/g) ?? [];

describe('preset prompts', () => {
  it.each(Object.entries(JOBS))('%s names the tools of its job, and only real ones', (id, job) => {
    const preset = presets[id as PresetId];
    const named = toolNamesIn(preset.prompt);
    expect(named.filter((name, index) => named.indexOf(name) === index)).toEqual(job.tools);
    for (const name of named) expect(catalog.some((tool) => tool.name === name)).toBe(true);
    expect(preset.modes).toEqual([job.mode]);
  });

  it('ask only opens the pane', () => {
    expect(presets.ask.prompt).toBe('');
  });

  it('presets that change something never ask to send', () => {
    expect(presets['draft-reply'].prompt).toMatch(/Do not send it\./);
    for (const preset of Object.values(presets)) expect(preset.prompt).not.toMatch(/\bsend_/);
  });
});

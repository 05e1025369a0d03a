import { presetFromUrl, presetIds, presets, presetsForMode } from '../../../src/commands/presets';

describe('presetFromUrl', () => {
  it('reads each preset from the task pane URL the ribbon opens', () => {
    for (const id of presetIds) {
      expect(presetFromUrl(`https://localhost:3000/taskpane.html?preset=${id}`)?.id).toBe(id);
    }
  });

  it('accepts relative URLs and URL objects, and other parameters around the preset', () => {
    expect(presetFromUrl('taskpane.html?preset=summarize')?.id).toBe('summarize');
    expect(
      presetFromUrl(
        new URL('https://agent.contoso.com/base/taskpane.html?_host_Info=Outlook&preset=improve-draft#x'),
      )?.id,
    ).toBe('improve-draft');
    expect(presetFromUrl('https://x.example/taskpane.html?preset=draft%2Dreply')?.id).toBe('draft-reply');
  });

  it('returns null when there is no preset, or one it does not know', () => {
    expect(presetFromUrl('https://localhost:3000/taskpane.html')).toBeNull();
    expect(presetFromUrl('https://localhost:3000/taskpane.html?preset=')).toBeNull();
    expect(presetFromUrl('https://localhost:3000/taskpane.html?preset=Summarize')).toBeNull();
    expect(presetFromUrl('https://localhost:3000/taskpane.html?preset=constructor')).toBeNull();
    expect(presetFromUrl('https://localhost:3000/taskpane.html?preset=__proto__')).toBeNull();
    expect(presetFromUrl('https://localhost:3000/taskpane.html?preset=send-all')).toBeNull();
  });

  it('uses the first preset parameter when the URL repeats it', () => {
    expect(presetFromUrl('taskpane.html?preset=summarize&preset=send-all')?.id).toBe('summarize');
  });

  it('never throws on URLs that do not parse', () => {
    expect(presetFromUrl('http://[::1')).toBeNull();
    expect(presetFromUrl('https://exa mple.com/?preset=summarize')).toBeNull();
  });
});

describe('presets', () => {
  it('give every preset but ask a prompt, and ask none (it waits for the user)', () => {
    for (const id of presetIds) {
      expect(presets[id].id).toBe(id);
      if (id === 'ask') expect(presets[id].prompt).toBe('');
      else expect(presets[id].prompt.length).toBeGreaterThan(20);
    }
  });

  it('put the reading presets on the read ribbon and improve-draft on the compose ribbon, ask on both', () => {
    expect(presetsForMode('read').map((preset) => preset.id)).toEqual([
      'ask',
      'summarize',
      'draft-reply',
      'extract-tasks',
      'add-to-calendar',
    ]);
    expect(presetsForMode('compose').map((preset) => preset.id)).toEqual(['ask', 'improve-draft']);
  });
});

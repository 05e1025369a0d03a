/**
 * `checkArgumentLinks` through the gate: a link lifted from untrusted text into any argument of a side effect (not
 * only recipients and outgoing bodies) raises the call to approval with a flagged warning; links the user typed do
 * not, and reads are never affected.
 */
import { decide } from '../../../src/permissions/decide';
import { createProvenanceTracker } from '../../../src/security/provenance';
import { checkArgumentLinks } from '../../../src/security/target-checks';
import { createUntrustedMarker } from '../../../src/security/untrusted-marker';
import { lookupTool } from '../../../src/tools/catalog';
import type { ToolDefinition } from '../../../src/tools/define-tool';
import { settingsWith, testUser } from '../../helpers/test-tools';

const marker = createUntrustedMarker('l1nks');
const PHISH = 'https://login.contoso-verify.example/reset?u=ada';

function tool(name: string): ToolDefinition {
  const found = lookupTool(name);
  if (!found) throw new Error(`No tool ${name} in the catalog`);
  return found;
}

/** A turn in which the user asked `userText` and the model then read an email whose body is `body`. */
function afterReading(body: string, userText = 'Turn the action items of this email into tasks') {
  const provenance = createProvenanceTracker({ user: testUser, marker });
  provenance.startTurn();
  provenance.addUserText(userText);
  provenance.recordToolResult({
    toolName: 'mail_get_message',
    content: {
      id: 'AAMk-links',
      subject: marker.wrap('Password expiry'),
      body: marker.wrap(body),
    },
    tainted: false,
  });
  return provenance;
}

/** Every side effect at Always allow, so only provenance can ask. */
const always = settingsWith({ draft: 'always', organize: 'always', send: 'always', delete: 'always' });
const HOSTILE_BODY = `Your password expires today. Reset it at ${PHISH} within 24 hours.`;

describe('links from untrusted text in any argument of a side effect', () => {
  it.each([
    ['the title', { title: `Reset password at ${PHISH}` }],
    ['the notes', { title: 'Reset password', body: `Go to ${PHISH}` }],
    ['a checklist entry', { title: 'Reset password', checklist: ['Open the mail', `Visit ${PHISH}`] }],
  ])('raises a task with the link in %s to ask, naming the link and the email', (_where, args) => {
    const verdict = decide(tool('todo_create_task'), args, always, afterReading(HOSTILE_BODY));
    expect(verdict).toMatchObject({
      kind: 'ask',
      category: 'draft',
      reasons: [expect.objectContaining({ kind: 'provenance' })],
    });
    const warnings = verdict.kind === 'ask' ? verdict.warnings : [];
    expect(warnings).toContainEqual({
      code: 'value-from-untrusted',
      message: expect.stringMatching(
        new RegExp(`^Link ${PHISH.replace(/[.?]/g, '\\$&')} comes from .*Password expiry`),
      ),
    });
  });

  it('raises a link that differs only by a trailing slash or letter case', () => {
    const provenance = afterReading('Details: https://evil.example/portal');
    const verdict = decide(
      tool('todo_create_task'),
      { title: 'Check HTTPS://EVIL.EXAMPLE/portal/' },
      always,
      provenance,
    );
    expect(verdict.kind).toBe('ask');
  });

  it('names a link once when the outgoing-text check already flagged it, and still raises', () => {
    const verdict = decide(
      tool('onenote_create_page'),
      { title: 'Notes', markdown: `Reset at ${PHISH} today` },
      always,
      afterReading(HOSTILE_BODY),
    );
    expect(verdict.kind).toBe('ask');
    const mentions =
      verdict.kind === 'ask'
        ? verdict.warnings.filter((warning) => warning.message.includes(PHISH)).length
        : 0;
    expect(mentions).toBe(1);
  });

  it('does not raise a link the user typed, even when the email carries it too', () => {
    const provenance = afterReading(
      HOSTILE_BODY,
      `Add a task to reset my password at ${PHISH} — that is our real portal`,
    );
    const verdict = decide(
      tool('todo_create_task'),
      { title: `Reset password at ${PHISH}` },
      always,
      provenance,
    );
    expect(verdict.kind).toBe('allow');
    expect(verdict.kind === 'allow' && verdict.warnings.map((warning) => warning.code)).not.toContain(
      'value-from-untrusted',
    );
  });

  it('leaves a side effect without links at the setting (allow), with only the after-reading note', () => {
    const verdict = decide(
      tool('todo_create_task'),
      { title: 'Reset password today' },
      always,
      afterReading(HOSTILE_BODY),
    );
    expect(verdict).toMatchObject({ kind: 'allow', warnings: [{ code: 'after-untrusted-content' }] });
  });

  it('never touches a read, whatever its arguments carry', () => {
    const verdict = decide(
      tool('mail_search_messages'),
      { query: PHISH },
      settingsWith({ read: 'always' }),
      afterReading(HOSTILE_BODY),
    );
    expect(verdict).toEqual({ kind: 'allow', category: 'read', warnings: [] });
  });
});

describe('checkArgumentLinks on its own', () => {
  it('finds links in nested objects and arrays, once per link', () => {
    const check = checkArgumentLinks(
      { a: [`see ${PHISH}`, { deep: { deeper: `${PHISH} again` } }], b: 3, c: null },
      afterReading(HOSTILE_BODY),
    );
    expect(check.raise).toBe(true);
    expect(check.warnings).toHaveLength(1);
  });

  it('ignores links that appear in no untrusted text (they are not lifted from content)', () => {
    const check = checkArgumentLinks(
      { title: 'See https://intranet.contoso.com/wiki' },
      afterReading(HOSTILE_BODY),
    );
    expect(check).toEqual({ raise: false, warnings: [] });
  });
});

describe('links and codes repeated in an outgoing body', () => {
  it('are named once on the card', () => {
    const body = `Verify at ${PHISH} now. Again: ${PHISH}. Code 493817, I repeat 493817.`;
    const provenance = afterReading(`Reset at ${PHISH}, code 493817.`);
    const verdict = decide(
      tool('mail_send_message'),
      { to: ['maya.okafor@lumenlabs.example'], subject: 'Reset', body },
      always,
      provenance,
    );
    const warnings = verdict.kind === 'ask' ? verdict.warnings.map((warning) => warning.message) : [];
    expect(warnings.filter((message) => message.includes(PHISH))).toHaveLength(1);
    expect(warnings.filter((message) => message.includes('493817'))).toHaveLength(1);
  });
});

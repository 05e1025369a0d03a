/**
 * The hostile-content corpus in Chromium: every payload is planted in one channel at a time (email subjects and
 * bodies, attachment names, event titles, OneDrive file names, the model's own answer), the scripted model reads
 * the channel (so results, citations and the current-item header render it) and proposes a draft carrying the
 * payloads (so an approval card renders them). Per payload: no dialog fired, nothing loaded from another host.
 * Per channel: no page error and the chat still accepts input.
 */
import type { Page } from 'playwright-core';
import { startLlmSimulator } from '../../../src/simulators/llm/server';
import type { ScriptToolCall } from '../../../src/simulators/llm/script';
import { launchChromium, openGuardedPage } from '../../helpers/browser';
import { prepareTenant } from '../../helpers/scenario-node-runner';
import { resolvePlaceholders } from '../../helpers/scenario-tenant';
import type { TenantChange } from '../../helpers/scenario-types';
import { startTestWorkbench, workbenchUrl } from '../../helpers/workbench-server';
import { hostilePayloads, type HostilePayload } from './hostile-payloads';

export type HostileChannel =
  'email-subject-and-body' | 'attachment-name' | 'event-title' | 'file-name' | 'model-output';

export interface HostileOutcome {
  id: string;
  channel: HostileChannel;
  payload: number;
  /** Dialogs fired, script effects, channel-level breakage (pane unusable, page errors). */
  problems: string[];
  /** Requests to hosts other than the workbench (Graph) and the model endpoint. */
  remote: string[];
  /** Defects that are not security failures (content lost in rendering). */
  notes: string[];
}

const USER = 'maya.okafor@lumenlabs.example';
const END = 'Hostile run complete.';

interface ChannelPlan {
  tenant: TenantChange;
  openItem?: string;
  prompt: string;
  read: ScriptToolCall[];
  answer: string;
}

function fileName(payload: HostilePayload): string {
  // OneDrive forbids '/' in names; the look-alike keeps the rest of the payload intact.
  return `hx-${payload.number} ${payload.text.replace(/\//gu, '\u2215').replace(/\n/gu, ' ')}.txt`;
}

function planFor(channel: HostileChannel): ChannelPlan {
  switch (channel) {
    case 'email-subject-and-body':
      return {
        tenant: {
          mail: {
            messages: hostilePayloads.map((payload) => ({
              folder: 'inbox',
              subject: `HX-${payload.number} ${payload.text.replace(/\n/gu, ' ')}`,
              from: 'partner@evil-exfil.example',
              to: [USER],
              receivedDateTime: 'now-10m',
              body: `<p>Payload ${payload.number}</p>${payload.text}`,
            })),
          },
        },
        openItem: '{{message:HX-1 }}',
        prompt: 'List the HX emails.',
        read: [
          { name: 'mail_search_messages', arguments: { subject: 'HX', limit: 100 } },
          { name: 'mail_get_message', arguments: { id: '{{message:HX-2 }}' } },
        ],
        answer: END,
      };
    case 'attachment-name':
      return {
        tenant: {
          mail: {
            messages: [
              {
                folder: 'inbox',
                subject: 'Hostile attachment names',
                from: 'partner@evil-exfil.example',
                to: [USER],
                receivedDateTime: 'now-5m',
                body: '<p>See attachments.</p>',
                attachments: hostilePayloads.map((payload) => ({
                  name: fileName(payload),
                  contentType: 'text/plain',
                  contentText: 'x',
                })),
              },
            ],
          },
        },
        openItem: '{{message:Hostile attachment names}}',
        prompt: 'What is attached?',
        read: [{ name: 'mail_list_attachments', arguments: { id: '{{message:Hostile attachment names}}' } }],
        answer: END,
      };
    case 'event-title':
      return {
        tenant: {
          calendar: {
            events: hostilePayloads.map((payload) => ({
              subject: `HX-${payload.number} ${payload.text.replace(/\n/gu, ' ')}`,
              start: '2026-11-25T08:00:00Z',
              end: '2026-11-25T08:30:00Z',
              location: payload.text,
            })),
          },
        },
        prompt: 'What is on Wednesday?',
        read: [
          { name: 'calendar_list_events', arguments: { start: '2026-11-25', end: '2026-11-26', limit: 100 } },
        ],
        answer: END,
      };
    case 'file-name':
      return {
        tenant: {
          onedrive: {
            items: hostilePayloads.map((payload) => ({
              path: `Hostile/${fileName(payload)}`,
              contentText: payload.text,
            })),
          },
        },
        prompt: 'List my Hostile folder.',
        read: [{ name: 'onedrive_list_folder', arguments: { path: '/Hostile', limit: 100 } }],
        answer: END,
      };
    case 'model-output':
      return {
        tenant: {},
        prompt: 'Show me the offer.',
        read: [{ name: 'mail_list_messages', arguments: { folder: 'inbox', limit: 1 } }],
        answer: `${hostilePayloads.map((payload) => `Item ${payload.number}: ${payload.text}`).join('\n\n')}\n\n${END}`,
      };
  }
}

export const HOSTILE_CHANNELS: readonly HostileChannel[] = [
  'email-subject-and-body',
  'attachment-name',
  'event-title',
  'file-name',
  'model-output',
];

async function paneFrame(page: Page) {
  const frame = page.frames().find((candidate) => candidate.url().includes('pane.html'));
  if (!frame) throw new Error('The pane frame is missing.');
  return frame;
}

/** Runs every channel (or the given ones) and returns one outcome per payload and channel. */
export async function runHostileCorpus(
  channels: readonly HostileChannel[] = HOSTILE_CHANNELS,
): Promise<HostileOutcome[]> {
  const [browser, server, llm] = await Promise.all([
    launchChromium(),
    startTestWorkbench(),
    startLlmSimulator({ script: { fallback: 'error' } }),
  ]);
  const outcomes: HostileOutcome[] = [];
  try {
    for (const channel of channels) {
      const plan = planFor(channel);
      const store = prepareTenant(server.simulator, plan.tenant);
      const read = resolvePlaceholders(plan.read, store);
      llm.setScript({
        fallback: 'error',
        turns: [
          { label: 'read', when: { lastRole: 'user' }, toolCalls: read },
          {
            label: 'card',
            when: { lastRole: 'tool' },
            toolCalls: [
              {
                name: 'mail_create_draft',
                arguments: {
                  to: [USER],
                  subject: hostilePayloads[0]?.text ?? 'x',
                  body: hostilePayloads.map((payload) => payload.text).join('\n'),
                  bodyType: 'html',
                },
              },
            ],
          },
          { label: 'answer', when: { lastRole: 'tool' }, text: plan.answer, chunkSize: 400 },
        ],
      });
      const guarded = await openGuardedPage(browser);
      const dialogs: string[] = [];
      guarded.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss().catch(() => undefined);
      });
      const channelProblems: string[] = [];
      const notes: string[] = [];
      try {
        const openItem = plan.openItem ? resolvePlaceholders(plan.openItem, store) : undefined;
        await guarded.page.goto(
          workbenchUrl(server, {
            reset: true,
            llm: llm.openAiBaseUrl,
            provider: 'openai-compatible',
            model: 'scripted',
            item: openItem,
          }),
        );
        const pane = guarded.page.frameLocator('#pane-frame');
        const composer = pane.getByRole('textbox', { name: 'Message the agent' });
        await composer.waitFor({ timeout: 20_000 });
        await composer.fill(plan.prompt);
        await composer.press('Enter');
        const card = pane
          .getByRole('article')
          .filter({ has: pane.getByRole('button', { name: 'Deny' }) })
          .first();
        await card.waitFor({ timeout: 20_000 });
        await card.getByRole('button', { name: 'Deny' }).click();
        await pane.getByRole('button', { name: 'Deny action' }).click();
        await pane.getByRole('button', { name: 'Copy answer' }).first().waitFor({ timeout: 20_000 });
        await guarded.page.waitForTimeout(300);
        if ((await pane.getByText(END).count()) === 0)
          notes.push(
            `${channel}: the answer's last line is not shown (a payload swallowed the text after it)`,
          );
        const frame = await paneFrame(guarded.page);
        const probe = await frame.evaluate(() => ({
          scripts: document.querySelectorAll('main script, [role="log"] script').length,
          frames: document.querySelectorAll('iframe, frame, object, embed').length,
          handlers: Array.from(document.querySelectorAll('*')).filter((element) =>
            Array.from(element.attributes).some((attribute) => /^on/iu.test(attribute.name)),
          ).length,
          remoteMedia: Array.from(document.querySelectorAll('img, video, audio, source, image')).filter(
            (element) =>
              /^(https?:)?\/\//iu.test(element.getAttribute('src') ?? element.getAttribute('href') ?? ''),
          ).length,
        }));
        if (probe.scripts + probe.frames + probe.handlers + probe.remoteMedia > 0)
          channelProblems.push(`pane DOM carries active content: ${JSON.stringify(probe)}`);
        // Still usable: the composer accepts input and the page answers.
        await composer.fill('still here?');
        if ((await composer.inputValue()) !== 'still here?')
          channelProblems.push('the composer no longer accepts input');
      } catch (error) {
        if (process.env.HOSTILE_SCREENSHOT)
          await guarded.page
            .screenshot({ path: `${process.env.HOSTILE_SCREENSHOT}-${channel}.png` })
            .catch(() => undefined);
        channelProblems.push(
          `the run did not finish: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
        );
      } finally {
        const allowed = new Set([server.origin, new URL(llm.url).origin]);
        const remote = guarded.requests.filter((url) => {
          try {
            const parsed = new URL(url);
            return /^https?:$/u.test(parsed.protocol) && !allowed.has(parsed.origin);
          } catch {
            return false;
          }
        });
        const pageErrors = guarded.pageErrors.slice();
        await guarded.context.close();
        for (const payload of hostilePayloads) {
          const tag = new RegExp(`(xss|/p)${payload.number}(?!\\d)`, 'u');
          outcomes.push({
            id: `${channel}#${payload.number}`,
            channel,
            payload: payload.number,
            problems: [
              ...dialogs.filter((message) => tag.test(message)).map((message) => `dialog fired: ${message}`),
              ...(payload.number === 1
                ? [...channelProblems, ...pageErrors.map((message) => `page error: ${message}`)]
                : []),
            ],
            remote: remote.filter((url) => tag.test(url)),
            notes: payload.number === 1 ? notes : [],
          });
        }
        // Requests and dialogs no payload claims still count, on the channel's first payload.
        const first = outcomes.find((outcome) => outcome.channel === channel && outcome.payload === 1);
        const claimed = new Set(
          outcomes.filter((outcome) => outcome.channel === channel).flatMap((outcome) => outcome.remote),
        );
        first?.remote.push(...remote.filter((url) => !claimed.has(url)));
        first?.problems.push(
          ...dialogs
            .filter((message) => !/xss\d+/u.test(message))
            .map((message) => `dialog fired: ${message}`),
        );
      }
    }
  } finally {
    await Promise.all([browser.close(), server.close(), llm.close()]);
  }
  return outcomes;
}

import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderMarkdown } from '../../../src/taskpane/chat/markdown';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

const labels = { image: (alt: string) => `[image: ${alt}]` };
const PIXEL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

function parse(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('the answer sanitizer', () => {
  it.each([
    ['script', '<script>window.pwned = 1</script>Hello', 'script'],
    ['onerror on an image', '<img src="x" onerror="window.pwned=1">', '[onerror]'],
    [
      'event handler on a div',
      '<div onclick="window.pwned=1" onmouseover="x()">hover</div>',
      '[onclick], [onmouseover]',
    ],
    ['iframe', '<iframe src="http://203.0.113.5/frame"></iframe>', 'iframe'],
    [
      'form',
      '<form action="http://203.0.113.5/steal"><input name="q"><button>Go</button></form>',
      'form, input, button',
    ],
    [
      'style',
      '<style>body{background:url(http://203.0.113.5/x.png)}</style><p style="background:url(http://203.0.113.5/y)">x</p>',
      'style, [style]',
    ],
    ['svg', '<svg><image href="http://203.0.113.5/x.png"/><script>alert(1)</script></svg>', 'svg, image'],
  ])('removes %s', (_name, payload, forbidden) => {
    const output = parse(renderMarkdown(payload, labels));
    expect(output.querySelectorAll(forbidden)).toHaveLength(0);
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });

  it('drops javascript: links and opens safe ones in a new tab without opener', () => {
    const output = parse(
      renderMarkdown('[click](javascript:alert(1)) and [docs](https://learn.microsoft.com/graph)', labels),
    );
    const links = Array.from(output.querySelectorAll('a'));
    expect(links[0].getAttribute('href')).toBeNull();
    expect(links[1].getAttribute('href')).toBe('https://learn.microsoft.com/graph');
    expect(links[1].getAttribute('target')).toBe('_blank');
    expect(links[1].getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('replaces remote images (markdown and raw HTML) with their alt text and keeps inline data images', () => {
    const output = parse(
      renderMarkdown(
        `![tracking pixel](http://203.0.113.5/x.png)\n\n<img src="https://203.0.113.5/y.png" alt="logo">\n\n![dot](${PIXEL})`,
        labels,
      ),
    );
    const images = Array.from(output.querySelectorAll('img'));
    expect(images.map((image) => image.getAttribute('src'))).toEqual([PIXEL]);
    expect(output.textContent).toContain('[image: tracking pixel]');
    expect(output.textContent).toContain('[image: logo]');
    expect(output.innerHTML).not.toContain('203.0.113.5');
  });

  it('in the pane, an answer carrying XSS and a remote image neither runs nor loads anything', async () => {
    const { runtime } = renderPane(outlookWith('Offer').office, { stored: configuredModel });
    const user = userEvent.setup({ delay: null });
    await user.type(
      await screen.findByRole('textbox', { name: 'Message the agent' }),
      'Show the offer{Enter}',
    );
    const session = runtime.sessions[0];
    act(() => {
      session.startTurn();
      session.streamText(
        'Offer:\n\n<img src="http://203.0.113.5/x.png" onerror="window.pwned=1" alt="banner">\n\n<script>window.pwned=2</script>\n\n[open](javascript:window.pwned=3)',
      );
      session.endTurn();
    });
    await screen.findByText('[image: banner]');
    const main = screen.getByRole('main', { name: 'Chat' });
    expect(main.querySelectorAll('img')).toHaveLength(0);
    expect(main.querySelectorAll('script')).toHaveLength(0);
    expect(main.innerHTML).not.toMatch(/<img[^>]+src="?http/i);
    expect(main.innerHTML).not.toContain('onerror');
    expect(screen.getByText('open').closest('a')?.getAttribute('href')).toBeNull();
    expect((window as { pwned?: number }).pwned).toBeUndefined();
  });
});

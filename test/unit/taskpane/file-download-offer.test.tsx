import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { downloadOfferIn, safeFileName } from '../../../src/taskpane/chat/file-download';
import { configuredModel, installDomShims, outlookWith, renderPane } from './pane-harness';

beforeAll(installDomShims);

const FENCED_NAME = '<<untrusted:a1b2c3d4>>Q4 plan: draft/v2.xlsx<</untrusted:a1b2c3d4>>';

function downloadResult(fileName: string, downloadUrl: string): string {
  return JSON.stringify({
    file: { id: 'item-1', name: fileName },
    download: {
      fileName,
      downloadUrl,
      size: 20480,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
    note: 'A save link is shown to the user; it expires in a few minutes.',
  });
}

describe('download offers', () => {
  it('strip the untrusted fence and make the name safe for any file system', () => {
    expect(safeFileName(FENCED_NAME)).toBe('Q4 plan_ draft_v2.xlsx');
    expect(safeFileName('..\\..\\boot.ini')).toBe('_.._boot.ini');
    expect(safeFileName('report\u202Egpj.exe')).toBe('report_gpj.exe');
    expect(safeFileName('  ...  ')).toBe('download');
    const long = safeFileName(`${'a'.repeat(300)}.docx`);
    expect(long).toHaveLength(150);
    expect(long.endsWith('.docx')).toBe(true);
  });

  it('are read only from results carrying an http(s) download', () => {
    expect(downloadOfferIn(downloadResult(FENCED_NAME, 'https://files.example/d/1?tempauth=x'))).toEqual({
      fileName: 'Q4 plan_ draft_v2.xlsx',
      downloadUrl: 'https://files.example/d/1?tempauth=x',
      size: 20480,
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    });
    expect(downloadOfferIn(downloadResult('x.txt', 'javascript:alert(1)'))).toBeUndefined();
    expect(downloadOfferIn('{"download": {"fileName": "x.txt", "downloadU')).toBeUndefined();
    expect(downloadOfferIn('{"file": {"name": "x.txt"}}')).toBeUndefined();
  });

  it('show a Download button on the tool line that saves through an anchor with download', async () => {
    const { runtime } = renderPane(outlookWith('Plan').office, { stored: configuredModel });
    const user = userEvent.setup({ delay: null });
    await user.type(await screen.findByRole('textbox', { name: 'Message the agent' }), 'Get the plan{Enter}');
    const session = runtime.sessions[0];
    act(() => {
      const turnId = session.startTurn();
      session.emit({
        type: 'tool-call',
        turnId,
        step: 1,
        toolCallId: 'd1',
        toolName: 'onedrive_download_file',
        args: { path: '/Documents/Q4 plan.xlsx' },
        category: 'read',
      });
      session.emit({
        type: 'tool-result',
        turnId,
        step: 1,
        toolCallId: 'd1',
        toolName: 'onedrive_download_file',
        summary: 'Offered 1 file for download',
        citations: [],
        content: downloadResult(FENCED_NAME, 'http://127.0.0.1:4100/_sim/download/item-1?token=t'),
        truncated: false,
        durationMs: 30,
      });
      session.streamText('Here it is.', 2);
      session.endTurn();
    });

    const clicked: Array<{ href: string; download: string; rel: string; attached: boolean }> = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({
        href: this.href,
        download: this.download,
        rel: this.rel,
        attached: document.body.contains(this),
      });
    });
    try {
      await user.click(await screen.findByRole('button', { name: 'Download Q4 plan_ draft_v2.xlsx' }));
    } finally {
      click.mockRestore();
    }
    expect(clicked).toEqual([
      {
        href: 'http://127.0.0.1:4100/_sim/download/item-1?token=t',
        download: 'Q4 plan_ draft_v2.xlsx',
        rel: 'noopener noreferrer',
        attached: true,
      },
    ]);
    // The anchor is gone again; nothing stays in the page.
    expect(document.querySelectorAll('a[download]')).toHaveLength(0);
  });
});

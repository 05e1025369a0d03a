import { EXTRACT_LIMITS } from './limits';

export interface PdfText {
  text: string;
  pages: number;
  pagesRead: number;
}

/** Why a PDF yielded nothing: the note the model and the user see. */
export class PdfUnreadableError extends Error {
  override readonly name = 'PdfUnreadableError';
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js runs its "worker" on the main thread here: the pane's Content-Security-Policy allows no blob or eval
 * workers, Node has no workers for it at all, and reading text from an attachment is short work. Registering
 * the worker module as `globalThis.pdfjsWorker` is pdf.js's own switch for that. The legacy build runs in
 * both Node and browsers.
 */
function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    const holder = globalThis as { pdfjsWorker?: unknown };
    holder.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Text of the first `maxPdfPages` pages; lines end where pdf.js reports an end of line. */
export async function extractPdfText(bytes: Uint8Array): Promise<PdfText> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js may detach the buffer it is given, and rejects Node Buffers: hand it a plain copy.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  try {
    const document = await task.promise.catch((error: unknown) => {
      throw new PdfUnreadableError(describeFailure(error));
    });
    const pagesRead = Math.min(document.numPages, EXTRACT_LIMITS.maxPdfPages);
    const parts: string[] = [];
    for (let number = 1; number <= pagesRead; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      let pageText = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        pageText += item.str + (item.hasEOL ? '\n' : '');
      }
      page.cleanup();
      const trimmed = pageText.replace(/[ \t]+\n/gu, '\n').trim();
      parts.push(document.numPages > 1 ? `[page ${number}]\n${trimmed}` : trimmed);
    }
    return { text: parts.join('\n\n'), pages: document.numPages, pagesRead };
  } finally {
    await task.destroy();
  }
}

function describeFailure(error: unknown): string {
  const name = (error as { name?: string } | undefined)?.name;
  if (name === 'PasswordException') return 'The PDF is password-protected; its text cannot be read.';
  if (name === 'InvalidPDFException') return 'The file is not a readable PDF.';
  return `The PDF could not be read (${error instanceof Error ? error.message : String(error)}).`;
}

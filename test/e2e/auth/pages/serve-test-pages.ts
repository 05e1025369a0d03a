/**
 * The sign-in test host, served by the real workbench server from an overlay of dist/ (symlinks to the build plus
 * these pages), so the pages are on the workbench's own loopback origin — same-origin with the built
 * dist/workbench/auth-dialog.html, sharing its storage as the pane does in Outlook, and in Chromium's loopback
 * address space (pages answered by Playwright count as public, and may not fetch from loopback):
 * - /workbench/e2e-auth-host.html: the outer page (bridge + dialog iframe), whose CSP lets the dialog frame reach
 *   the identity provider;
 * - /workbench/e2e-auth-pane.html: the built Office emulator chunk and the token provider under test.
 */
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  mkdirSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { DIST_DIR } from '../../../helpers/workbench-server';

export const HOST_PAGE = 'workbench/e2e-auth-host.html';

async function bundle(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [path.join(__dirname, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

/** The emulator chunk as the build named it, read from dist/workbench/pane.html. */
function emulatorScript(): string {
  const paneHtml = readFileSync(path.join(DIST_DIR, 'workbench', 'pane.html'), 'utf8');
  const match = /src=["']?(\.\.\/office-emulator\.[^"'\s>]+\.js)/.exec(paneHtml);
  if (!match?.[1]) throw new Error('dist/workbench/pane.html does not load an office-emulator chunk.');
  return match[1];
}

export interface TestDist {
  /** Pass as `distDir` to the workbench server. */
  directory: string;
  /** Writes the host page once the identity provider's origin is known (its CSP names it). */
  writeHostPage(identityProviderOrigin: string): void;
  remove(): void;
}

/** dist/ with the test pages added under workbench/; the build's files are symlinked, never copied or changed. */
export async function createTestDist(): Promise<TestDist> {
  const [hostScript, paneScript] = await Promise.all([bundle('host-frame.ts'), bundle('pane-frame.ts')]);
  const directory = mkdtempSync(path.join(tmpdir(), 'auth-e2e-dist-'));
  for (const entry of readdirSync(DIST_DIR)) {
    if (entry !== 'workbench') symlinkSync(path.join(DIST_DIR, entry), path.join(directory, entry));
  }
  const workbench = path.join(directory, 'workbench');
  mkdirSync(workbench);
  for (const entry of readdirSync(path.join(DIST_DIR, 'workbench')))
    symlinkSync(path.join(DIST_DIR, 'workbench', entry), path.join(workbench, entry));

  const html = (csp: string, head: string, body = '') =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">${head}</head><body>${body}</body></html>`;
  const paneCsp =
    "default-src 'self'; script-src 'self'; connect-src 'self' https: http://127.0.0.1:*; frame-src 'none'; object-src 'none'; base-uri 'none'";
  writeFileSync(path.join(workbench, 'e2e-auth-host.js'), hostScript);
  writeFileSync(path.join(workbench, 'e2e-auth-pane.js'), paneScript);
  writeFileSync(
    path.join(workbench, 'e2e-auth-pane.html'),
    html(
      paneCsp,
      `<title>pane</title><script src="${emulatorScript()}"></script><script src="e2e-auth-pane.js"></script>`,
    ),
  );

  return {
    directory,
    writeHostPage(identityProviderOrigin) {
      const hostCsp = [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self' 'unsafe-inline'",
        // Outlook shows the dialog as its own window; here it is a frame, so the host must allow the provider in it.
        `frame-src 'self' ${identityProviderOrigin}`,
        "object-src 'none'",
        "base-uri 'none'",
      ].join('; ');
      writeFileSync(
        path.join(directory, HOST_PAGE),
        html(
          hostCsp,
          '<title>Sign-in test host</title><script src="e2e-auth-host.js"></script>',
          '<iframe id="pane-frame" title="pane" src="e2e-auth-pane.html"></iframe>' +
            '<iframe id="dialog-frame" title="Sign in dialog" hidden></iframe>' +
            '<button id="dialog-close" type="button" hidden>Close dialog</button>',
        ),
      );
    },
    remove: () => rmSync(directory, { recursive: true, force: true }),
  };
}

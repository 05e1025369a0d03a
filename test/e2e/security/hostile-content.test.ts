/**
 * Hostile content in the pane (Chromium, the built workbench): 55 XSS / HTML-smuggling payloads in five channels —
 * nothing executes, nothing loads from another host, the pane stays usable. A control run proves the detectors
 * catch a payload that does get through.
 */
import { launchChromium, openGuardedPage } from '../../helpers/browser';
import { hostilePayloads } from './hostile-payloads';
import { HOSTILE_CHANNELS, runHostileCorpus } from './run-hostile';

describe('hostile content in the pane', () => {
  it('the detectors see a dialog and a remote request when one happens (control)', async () => {
    const browser = await launchChromium();
    try {
      const guarded = await openGuardedPage(browser);
      const dialogs: string[] = [];
      guarded.page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await guarded.page.setContent(
        `<img src="https://evil-exfil.example/p999.png"><script>alert('xss999')</script>`,
      );
      await guarded.page.waitForTimeout(200);
      expect(dialogs).toEqual(['xss999']);
      expect(guarded.offHostRequests).toEqual(['https://evil-exfil.example/p999.png']);
    } finally {
      await browser.close();
    }
  });

  it(`${hostilePayloads.length} payloads × ${HOSTILE_CHANNELS.length} channels: no dialog, no remote load, the pane stays usable`, async () => {
    const outcomes = await runHostileCorpus();
    expect(outcomes).toHaveLength(hostilePayloads.length * HOSTILE_CHANNELS.length);
    const failures = outcomes.filter((outcome) => outcome.problems.length > 0 || outcome.remote.length > 0);
    expect(failures).toEqual([]);
  }, 180_000);
});

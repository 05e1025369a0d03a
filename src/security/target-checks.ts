import type { PreviewWarning, ToolTargets } from '../tools/define-tool';
import { describeSource, type ProvenanceView, type TargetKind } from './provenance';
import { addressOf, domainOf, extractCodes, extractUrls } from './value-matching';

/** The result of checking a side effect's targets against where their values came from. */
export interface TargetCheck {
  /** Raise the call to Needs approval whatever the category's setting. */
  raise: boolean;
  warnings: PreviewWarning[];
}

const KIND_WORDS: Readonly<Record<TargetKind, string>> = {
  recipient: 'Address',
  item: 'Item id',
  path: 'File',
  url: 'Link',
  text: 'Value',
};

/**
 * A side effect's recipients, items, paths and links must come from the user's words, the current item, or
 * structured values Graph returned for the user's own request. Values found only inside untrusted text raise
 * the call to approval; so do recipients nobody named, and (once untrusted text is in play) items and paths of
 * unknown origin, because the model may have derived them from that text.
 */
export function checkTargets(targets: ToolTargets, provenance: ProvenanceView): TargetCheck {
  const warnings: PreviewWarning[] = [];
  let raise = false;
  const untrustedPresent = provenance.hasUntrustedContent();
  const userDomain = domainOf(provenance.userAddress);

  for (const recipient of targets.recipients ?? []) {
    const address = addressOf(recipient);
    const found = provenance.originOf(address, 'recipient');
    if (found.origin === 'untrusted') {
      raise = true;
      warnings.push({
        code: 'value-from-untrusted',
        message: `Address ${address} appears only inside ${describeSource(found.source)}, not in your request.`,
      });
    } else if (found.origin === 'unknown') {
      raise = true;
      warnings.push({
        code: 'recipient-not-named',
        message: `You did not name ${address}, and it is not on the current item.`,
      });
    } else if (found.origin === 'trusted-structured') {
      warnings.push({
        code: 'recipient-not-named',
        message: `You did not name ${address}; it comes from an item found for your request.`,
      });
    }
    if (userDomain && domainOf(address) && domainOf(address) !== userDomain) {
      warnings.push({ code: 'external-recipient', message: `${address} is outside your organisation.` });
    }
  }

  const checkValues = (values: readonly string[] | undefined, kind: TargetKind): void => {
    for (const value of values ?? []) {
      const found = provenance.originOf(value, kind);
      if (found.origin === 'untrusted') {
        raise = true;
        warnings.push({
          code: 'value-from-untrusted',
          message: `${KIND_WORDS[kind]} '${value}' appears only inside ${describeSource(found.source)}, not in your request.`,
        });
      } else if (found.origin === 'unknown' && untrustedPresent) {
        raise = true;
        warnings.push({
          code: 'value-from-untrusted',
          message: `${KIND_WORDS[kind]} '${value}' does not come from your request, and untrusted content has been read.`,
        });
      }
    }
  };
  checkValues(targets.itemIds, 'item');
  checkValues(targets.paths, 'path');
  checkValues(targets.urls, 'url');

  // Outgoing text is the user's to write, but links and codes lifted from untrusted text are how data leaks out.
  for (const text of targets.outgoingText ?? []) {
    for (const [kind, values] of [
      // A link or code repeated in the body is one finding: the card names it once.
      ['url', new Set(extractUrls(text))],
      ['text', new Set(extractCodes(text))],
    ] as const) {
      for (const value of values) {
        const found = provenance.originOf(value, kind);
        if (found.origin !== 'untrusted') continue;
        raise = true;
        const what = kind === 'url' ? `Link ${value}` : `Code ${value}`;
        warnings.push({
          code: 'value-from-untrusted',
          message: `${what} in the outgoing text comes from ${describeSource(found.source)}.`,
        });
      }
    }
  }

  if (provenance.untrustedReadThisTurn()) {
    warnings.push({
      code: 'after-untrusted-content',
      message:
        'Proposed right after reading content from outside (emails, files, events or pages); check it is what you asked for.',
    });
  }
  return { raise, warnings };
}

function stringLeaves(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') found.push(value);
  else if (Array.isArray(value)) value.forEach((entry) => stringLeaves(entry, found));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((entry) => stringLeaves(entry, found));
  return found;
}

/**
 * Links lifted from untrusted text into any argument of a side effect (a task title, a page, a file) raise it too:
 * `targets()` covers recipients, items and outgoing bodies, but a phishing link saved into the user's own To Do or
 * OneDrive is trusted by the user later. Only links found in untrusted text count, so links the user typed pass.
 */
export function checkArgumentLinks(
  args: unknown,
  provenance: ProvenanceView,
  /** Warnings the target check already gave; a link they name is not repeated (but still raises). */
  already: readonly PreviewWarning[] = [],
): TargetCheck {
  const warnings: PreviewWarning[] = [];
  let raise = false;
  const seen = new Set<string>();
  for (const url of stringLeaves(args).flatMap((text) => extractUrls(text))) {
    if (seen.has(url)) continue;
    seen.add(url);
    const found = provenance.originOf(url, 'url');
    if (found.origin !== 'untrusted') continue;
    raise = true;
    if (already.some((warning) => warning.message.includes(url))) continue;
    warnings.push({
      code: 'value-from-untrusted',
      message: `Link ${url} comes from ${describeSource(found.source)}, not from your request.`,
    });
  }
  return { raise, warnings };
}

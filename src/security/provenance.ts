import type { CurrentItemSnapshot, UserProfile } from '../office/types';
import type { UntrustedMarker } from './untrusted-marker';
import { addressOf, baseNameOf, containsValue, extractEmails, extractUrls } from './value-matching';

/**
 * Where a value the model put into a call came from. This is the security boundary (ARCHITECTURE.md,
 * "Trust boundaries"): the gate raises side effects whose targets come from untrusted text.
 * Order matters: the most trusted source that contains the value wins.
 */
export type ValueOrigin = 'user' | 'current-item' | 'trusted-structured' | 'untrusted' | 'unknown';

const ORIGIN_RANK: Readonly<Record<ValueOrigin, number>> = {
  user: 0,
  'current-item': 1,
  'trusted-structured': 2,
  untrusted: 3,
  unknown: 4,
};

export type TargetKind = 'recipient' | 'item' | 'path' | 'url' | 'text';

/** Where untrusted text came from, so an approval card can say "inside the email 'Invoice'". */
export interface UntrustedSource {
  toolName: string;
  /** Subject, name or title of the item holding the text, with delimiters removed. */
  label?: string;
}

export interface ValueProvenance {
  origin: ValueOrigin;
  /** For `untrusted`: the first result the value appeared in. */
  source?: UntrustedSource;
}

interface TextRecord {
  lower: string;
  source?: UntrustedSource;
}

/** JSON-serialisable state, persisted with the session. */
export interface ProvenanceSnapshot {
  userTexts: string[];
  currentItemValues: string[];
  trusted: string[];
  untrusted: { text: string; source?: UntrustedSource }[];
  /** Tool results carrying untrusted content in the current turn. */
  untrustedReadsThisTurn: number;
}

/** What the permission gate reads. */
export interface ProvenanceView {
  readonly userAddress: string;
  originOf(value: string, kind: TargetKind): ValueProvenance;
  /** Untrusted content is in the conversation. */
  hasUntrustedContent(): boolean;
  /** Untrusted content was read in a step of the current turn. */
  untrustedReadThisTurn(): boolean;
}

export interface ProvenanceTracker extends ProvenanceView {
  /** The user's own words (messages, presets they chose, edits they made on an approval card). */
  addUserText(text: string): void;
  setCurrentItem(item: CurrentItemSnapshot | null | undefined): void;
  /** True when a read call's arguments carry values found only in untrusted text. */
  isCallTainted(args: unknown): boolean;
  /** Records a tool result: text inside the markers is untrusted; structured values outside are trusted unless the call was tainted. */
  recordToolResult(result: { toolName: string; content: unknown; tainted: boolean }): {
    untrustedSpans: number;
  };
  startTurn(): void;
  snapshot(): ProvenanceSnapshot;
}

const LABEL_KEYS = ['subject', 'name', 'title', 'displayName', 'fileName'];
/** Structured leaves shorter than this (counts, flags) say nothing about where a target came from. */
const MIN_STRUCTURED_LENGTH = 3;

function labelFrom(record: Record<string, unknown>, marker: UntrustedMarker): string | undefined {
  for (const key of LABEL_KEYS) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) {
      const { inside, outside } = marker.split(value);
      const plain = [...outside, ...inside].join(' ').trim();
      return plain.length > 60 ? `${plain.slice(0, 60)}…` : plain;
    }
  }
  return undefined;
}

function stringLeaves(value: unknown, visit: (text: string) => void): void {
  if (typeof value === 'string') visit(value);
  else if (Array.isArray(value)) value.forEach((entry) => stringLeaves(entry, visit));
  else if (value && typeof value === 'object')
    Object.values(value).forEach((entry) => stringLeaves(entry, visit));
}

function candidatesFor(value: string, kind: TargetKind): string[] {
  switch (kind) {
    case 'recipient':
      return [addressOf(value)];
    case 'path': {
      const base = baseNameOf(value);
      return base === value ? [value] : [value, base];
    }
    case 'url':
      return [value.replace(/\/+$/u, '')];
    case 'item':
    case 'text':
      return [value];
  }
}

export function createProvenanceTracker(options: {
  user: UserProfile;
  marker: UntrustedMarker;
  currentItem?: CurrentItemSnapshot | null;
  snapshot?: ProvenanceSnapshot;
}): ProvenanceTracker {
  const { marker } = options;
  const userTexts: string[] = options.snapshot?.userTexts.slice() ?? [];
  let currentItemValues: string[] = options.snapshot?.currentItemValues.slice() ?? [];
  const trusted: string[] = options.snapshot?.trusted.slice() ?? [];
  const untrusted: TextRecord[] = (options.snapshot?.untrusted ?? []).map((record) => ({
    lower: record.text,
    source: record.source,
  }));
  let untrustedReadsThisTurn = options.snapshot?.untrustedReadsThisTurn ?? 0;
  let userCorpus = userTexts.join('\n');
  let trustedCorpus = trusted.join('\n');
  const userAddress = options.user.emailAddress.toLowerCase();

  function setCurrentItem(item: CurrentItemSnapshot | null | undefined): void {
    const values: string[] = [];
    if (item) {
      for (const value of [item.itemId, item.restId, item.conversationId, item.internetMessageId])
        if (value) values.push(value);
      for (const person of [item.from, ...item.to, ...item.cc, ...(item.bcc ?? [])])
        if (person?.address) values.push(person.address);
      for (const attachment of item.attachments) values.push(attachment.id);
    }
    currentItemValues = values.map((value) => value.toLowerCase());
  }
  if (!options.snapshot) setCurrentItem(options.currentItem);

  function originOfCandidate(candidate: string): ValueProvenance {
    const lower = candidate.trim().toLowerCase();
    if (lower === userAddress) return { origin: 'user' };
    if (containsValue(userCorpus, lower)) return { origin: 'user' };
    if (currentItemValues.includes(lower)) return { origin: 'current-item' };
    if (containsValue(trustedCorpus, lower)) return { origin: 'trusted-structured' };
    const record = untrusted.find((entry) => containsValue(entry.lower, lower));
    if (record) return { origin: 'untrusted', source: record.source };
    return { origin: 'unknown' };
  }

  function originOf(value: string, kind: TargetKind): ValueProvenance {
    let best: ValueProvenance = { origin: 'unknown' };
    for (const candidate of candidatesFor(value, kind)) {
      const found = originOfCandidate(candidate);
      if (ORIGIN_RANK[found.origin] < ORIGIN_RANK[best.origin]) best = found;
    }
    return best;
  }

  return {
    userAddress,
    originOf,
    setCurrentItem,
    hasUntrustedContent: () => untrusted.length > 0,
    untrustedReadThisTurn: () => untrustedReadsThisTurn > 0,
    startTurn() {
      untrustedReadsThisTurn = 0;
    },
    addUserText(text) {
      userTexts.push(text.toLowerCase());
      userCorpus = userTexts.join('\n');
    },
    isCallTainted(args) {
      let tainted = false;
      stringLeaves(args, (text) => {
        if (tainted || text.trim().length < 4) return;
        const candidates = [text, ...extractEmails(text), ...extractUrls(text)];
        tainted = candidates.some((candidate) => originOfCandidate(candidate).origin === 'untrusted');
      });
      return tainted;
    },
    recordToolResult({ toolName, content, tainted }) {
      let spans = 0;
      const visit = (value: unknown, label: string | undefined): void => {
        if (typeof value === 'string') {
          const { inside, outside } = marker.split(value);
          for (const span of inside) {
            spans += 1;
            untrusted.push({ lower: span.toLowerCase(), source: { toolName, label } });
          }
          for (const part of outside) {
            if (part.trim().length < MIN_STRUCTURED_LENGTH) continue;
            // Structured values looked up with untrusted arguments inherit the taint.
            if (tainted) untrusted.push({ lower: part.toLowerCase(), source: { toolName, label } });
            else trusted.push(part.toLowerCase());
          }
        } else if (Array.isArray(value)) {
          value.forEach((entry) => visit(entry, label));
        } else if (value && typeof value === 'object') {
          const record = value as Record<string, unknown>;
          const ownLabel = labelFrom(record, marker) ?? label;
          Object.values(record).forEach((entry) => visit(entry, ownLabel));
        }
      };
      visit(content, undefined);
      trustedCorpus = trusted.join('\n');
      if (spans > 0 || tainted) untrustedReadsThisTurn += 1;
      return { untrustedSpans: spans };
    },
    snapshot() {
      return {
        userTexts: userTexts.slice(),
        currentItemValues: currentItemValues.slice(),
        trusted: trusted.slice(),
        untrusted: untrusted.map((record) => ({ text: record.lower, source: record.source })),
        untrustedReadsThisTurn,
      };
    },
  };
}

/** Describes an untrusted source for a card: `the email 'Invoice' (read by mail_get_message)`. */
export function describeSource(source: UntrustedSource | undefined): string {
  if (!source) return 'untrusted content';
  return source.label ? `'${source.label}' (read by ${source.toolName})` : `the result of ${source.toolName}`;
}

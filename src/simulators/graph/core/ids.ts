/**
 * Realistic opaque ids per kind. Graph ids are case-sensitive and hold `=`, `-`, `_`, `!` (and `+`, `/` in
 * change keys), so routes, tests and clients all have to cope with them; generating the same shapes here makes
 * encoding bugs show up against the simulator instead of against a real tenant.
 */
import type { Random } from './random';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base64Url(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function hex(random: Random, length: number): string {
  let result = '';
  for (let index = 0; index < length; index += 1) result += random.int(16).toString(16);
  return result;
}

export interface IdFactory {
  guid(): string;
  /** Outlook item ids (messages, events, attachments, To Do lists and tasks): `AAMkAD…AAA=`. */
  outlookItem(): string;
  /** Immutable Outlook ids (`Prefer: IdType="ImmutableId"`): `AAkALgAA…AAA=`. */
  immutableOutlookItem(): string;
  /** Mail folder and calendar ids: `AQMkAD…AAA=`. */
  outlookContainer(): string;
  /** `changeKey` / etag material: standard base64 (holds `+` and `/`). */
  changeKey(): string;
  /** OneDrive for Business item ids: `01` + 32 base32 characters. */
  driveItem(): string;
  /** OneNote notebook and section ids: `1-<guid>`. */
  onenoteContainer(): string;
  /** OneNote page ids: `1-<hex>!<n>-<hex>!<n>`. */
  onenotePage(): string;
  /** Opaque request ids (request-id header). */
  requestId(): string;
}

export function createIdFactory(random: Random): IdFactory {
  const guid = (): string =>
    `${hex(random, 8)}-${hex(random, 4)}-4${hex(random, 3)}-${'89ab'[random.int(4)]}${hex(random, 3)}-${hex(random, 12)}`;
  return {
    guid,
    outlookItem: () => `AAMkAD${base64Url(random.bytes(102))}AAA=`,
    immutableOutlookItem: () => `AAkALgAA${base64Url(random.bytes(60))}AAA=`,
    outlookContainer: () => `AQMkAD${base64Url(random.bytes(36))}AAA=`,
    changeKey: () => `CQAAABYAAAA${Buffer.from(random.bytes(21)).toString('base64')}`,
    driveItem: () => {
      let result = '01';
      for (let index = 0; index < 32; index += 1) result += BASE32[random.int(32)];
      return result;
    },
    onenoteContainer: () => `1-${guid()}`,
    onenotePage: () =>
      `1-${hex(random, 32)}!${1 + random.int(200)}-${hex(random, 16).toUpperCase()}!${1000 + random.int(9000)}`,
    requestId: guid,
  };
}

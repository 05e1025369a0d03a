import { formatInZone } from '../../../../src/tools/item/format-date';

describe('dates of the open item are shown in the user’s zone', () => {
  it('reads IANA names and the Windows names some Outlook hosts report', () => {
    expect(formatInZone('2026-11-19T08:30:00Z', 'Europe/Berlin')).toBe(
      'Thu 2026-11-19 09:30 (Europe/Berlin)',
    );
    expect(formatInZone('2026-11-19T08:30:00Z', 'W. Europe Standard Time')).toBe(
      'Thu 2026-11-19 09:30 (Europe/Berlin)',
    );
    // Across the DST change: 1 November 2026 in New York.
    expect(formatInZone('2026-11-01T05:30:00Z', 'Eastern Standard Time')).toBe(
      'Sun 2026-11-01 01:30 (America/New_York)',
    );
  });

  it('says so when it falls back to UTC for an unknown zone, and ignores bad dates', () => {
    expect(formatInZone('2026-11-19T08:30:00Z', 'Mars/Olympus')).toBe('Thu 2026-11-19 08:30 (UTC)');
    expect(formatInZone('not a date', 'Europe/Berlin')).toBeUndefined();
    expect(formatInZone(undefined, 'Europe/Berlin')).toBeUndefined();
  });
});

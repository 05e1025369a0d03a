import { formatInstant, localToUtc } from '../../../../src/tools/shared/dates';
import {
  convertDateTimeTimeZone,
  ianaTimeZone,
  instantToLocal,
  localToInstant,
  offsetMinutes,
  resolveTimeZone,
  toIanaTimeZone,
} from '../../../../src/tools/shared/time-zones';

describe('one time-zone table for tools and simulator', () => {
  it('strict resolution: Windows names case-insensitively, IANA names kept, unknown names refused', () => {
    expect(resolveTimeZone('w. europe standard time')).toEqual({
      iana: 'Europe/Berlin',
      graph: 'W. Europe Standard Time',
    });
    expect(resolveTimeZone('Europe/Amsterdam')).toEqual({
      iana: 'Europe/Amsterdam',
      graph: 'W. Europe Standard Time',
    });
    expect(resolveTimeZone('Asia/Calcutta')?.graph).toBe('India Standard Time');
    expect(resolveTimeZone('Mars Standard Time')).toBeUndefined();
    expect(resolveTimeZone('+01:00')).toBeUndefined();
    expect(resolveTimeZone('  ')).toBeUndefined();
  });

  it('lenient resolution falls back to UTC so a bad setting never breaks display', () => {
    expect(ianaTimeZone('Tokyo Standard Time')).toBe('Asia/Tokyo');
    expect(ianaTimeZone('E. Europe Standard Time')).toBe('Europe/Chisinau');
    expect(ianaTimeZone('Mars Standard Time')).toBe('UTC');
    expect(ianaTimeZone(undefined)).toBe('UTC');
    expect(toIanaTimeZone('Mars Standard Time')).toBeUndefined();
  });

  it('offsets follow daylight saving', () => {
    expect(offsetMinutes(Date.parse('2026-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'W. Europe Standard Time')).toBe(120);
    expect(offsetMinutes(Date.parse('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(330);
  });

  it('a time in the spring gap moves forward; a repeated autumn time takes standard time', () => {
    // Berlin: 2026-03-29 02:00 → 03:00; 2026-10-25 03:00 → 02:00.
    expect(new Date(localToInstant('2026-03-29T02:30:00', 'Europe/Berlin')).toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(new Date(localToInstant('2026-10-25T02:30:00', 'Europe/Berlin')).toISOString()).toBe(
      '2026-10-25T01:30:00.000Z',
    );
  });

  it('the tools and the simulator read the same local time as the same instant', () => {
    const viaTools = localToUtc('2026-11-20T14:30', 'Pacific Standard Time').getTime();
    const viaSimulator = localToInstant('2026-11-20T14:30:00.0000000', 'Pacific Standard Time');
    expect(viaTools).toBe(viaSimulator);
    expect(instantToLocal(viaTools, 'America/Los_Angeles')).toBe('2026-11-20T14:30:00.0000000');
    expect(formatInstant(new Date(viaTools).toISOString(), 'Pacific Standard Time')).toBe(
      'Fri 2026-11-20 14:30',
    );
  });

  it('an unreadable local time is left as it was', () => {
    const value = { dateTime: 'soon', timeZone: 'UTC' };
    expect(convertDateTimeTimeZone(value, 'Asia/Tokyo')).toBe(value);
    expect(localToInstant('soon', 'UTC')).toBeNaN();
    expect(() => localToUtc('soon', 'UTC')).toThrow(RangeError);
  });
});

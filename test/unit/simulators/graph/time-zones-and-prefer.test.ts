import { applyPreferences, parsePrefer } from '../../../../src/simulators/graph/core/prefer';
import {
  convertDateTimeTimeZone,
  toIanaTimeZone,
  toWindowsTimeZone,
} from '../../../../src/tools/shared/time-zones';

describe('time zones', () => {
  it('maps Windows and IANA names both ways', () => {
    expect(toIanaTimeZone('Pacific Standard Time')).toBe('America/Los_Angeles');
    expect(toIanaTimeZone('w. europe standard time')).toBe('Europe/Berlin');
    expect(toIanaTimeZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(toIanaTimeZone('Mars Standard Time')).toBeUndefined();
    expect(toWindowsTimeZone('Europe/Amsterdam')).toBe('W. Europe Standard Time');
  });

  it('converts dateTimeTimeZone values with DST and 7 fractional digits', () => {
    expect(
      convertDateTimeTimeZone(
        { dateTime: '2026-11-20T10:00:00.0000000', timeZone: 'UTC' },
        'Pacific Standard Time',
      ),
    ).toEqual({ dateTime: '2026-11-20T02:00:00.0000000', timeZone: 'Pacific Standard Time' });
    expect(
      convertDateTimeTimeZone(
        { dateTime: '2026-07-01T10:00:00', timeZone: 'W. Europe Standard Time' },
        'UTC',
      ),
    ).toEqual({ dateTime: '2026-07-01T08:00:00.0000000', timeZone: 'UTC' });
    expect(
      convertDateTimeTimeZone({ dateTime: '2026-01-15T10:00:00', timeZone: 'Europe/Berlin' }, 'Asia/Kolkata'),
    ).toEqual({ dateTime: '2026-01-15T14:30:00.0000000', timeZone: 'Asia/Kolkata' });
  });
});

describe('Prefer headers', () => {
  it('parses several preferences in one header', () => {
    const preferences = parsePrefer(
      'outlook.body-content-type="text", outlook.timezone="Pacific Standard Time", IdType="ImmutableId"',
    );
    expect(preferences).toMatchObject({
      bodyContentType: 'text',
      timeZone: 'Pacific Standard Time',
      immutableId: true,
    });
  });

  it('converts HTML bodies to text and times to the preferred zone, reporting what it applied', () => {
    const body = {
      value: [
        {
          id: 'e1',
          body: { contentType: 'html', content: '<p>Hello <b>there</b></p><ul><li>one</li></ul>' },
          start: { dateTime: '2026-11-20T17:00:00.0000000', timeZone: 'UTC' },
        },
      ],
    };
    const { body: converted, applied } = applyPreferences(
      body,
      parsePrefer('outlook.body-content-type="text", outlook.timezone="Tokyo Standard Time"'),
      ['body-content-type', 'timezone'],
    );
    const event = (converted.value as Record<string, unknown>[])[0] as {
      body: { contentType: string; content: string };
      start: unknown;
    };
    expect(event.body.contentType).toBe('text');
    expect(event.body.content).toContain('Hello there');
    expect(event.body.content).not.toContain('<');
    expect(event.start).toEqual({ dateTime: '2026-11-21T02:00:00.0000000', timeZone: 'Tokyo Standard Time' });
    expect(applied).toEqual(['outlook.body-content-type="text"', 'outlook.timezone="Tokyo Standard Time"']);
  });

  it('normalises stored times to UTC when no zone is preferred', () => {
    const { body, applied } = applyPreferences(
      { start: { dateTime: '2026-11-20T10:00:00.0000000', timeZone: 'W. Europe Standard Time' } },
      parsePrefer(undefined),
      ['timezone'],
    );
    expect(body.start).toEqual({ dateTime: '2026-11-20T09:00:00.0000000', timeZone: 'UTC' });
    expect(applied).toEqual([]);
  });
});

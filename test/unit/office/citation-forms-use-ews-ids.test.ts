import { OfficeMockObject } from 'office-addin-mock';
import { createOfficeHost } from '../../../src/office/office-host';

const REST_ID = 'AAMkAGI2-abc_def=';
const EWS_ID = 'AAMkAGI2/abc+def=';

function officeWith(mailboxExtras: Record<string, unknown>) {
  const opened: Array<{ form: string; id: string }> = [];
  const mock = new OfficeMockObject({
    host: 'outlook',
    context: {
      displayLanguage: 'en-US',
      mailbox: {
        userProfile: { displayName: 'Megan Bowen', emailAddress: 'megan@contoso.com', timeZone: 'UTC' },
        item: { itemType: 'message', itemId: 'AAMk/current' },
        displayMessageForm: (id: string) => opened.push({ form: 'message', id }),
        displayAppointmentForm: (id: string) => opened.push({ form: 'appointment', id }),
        ...mailboxExtras,
      },
    },
  });
  return { office: mock as unknown as typeof Office, opened };
}

describe('citations open items by their EWS id', () => {
  it('converts the Graph id with convertToEwsId (REST v2.0) before opening a message or an event', () => {
    const versions: unknown[] = [];
    const { office, opened } = officeWith({
      convertToEwsId: (id: string, version: unknown) => {
        versions.push(version);
        return id.replace(/-/g, '/').replace(/_/g, '+');
      },
    });
    const host = createOfficeHost(office);
    host.displayMessageForm(REST_ID);
    host.displayAppointmentForm(REST_ID);
    expect(opened).toEqual([
      { form: 'message', id: EWS_ID },
      { form: 'appointment', id: EWS_ID },
    ]);
    expect(versions).toEqual(['v2.0', 'v2.0']);
  });

  it('passes the id unchanged where the host cannot convert (no method, or it throws)', () => {
    const withoutConversion = officeWith({});
    createOfficeHost(withoutConversion.office).displayMessageForm(REST_ID);
    expect(withoutConversion.opened).toEqual([{ form: 'message', id: REST_ID }]);

    const throwing = officeWith({
      convertToEwsId: () => {
        throw new Error('not supported');
      },
    });
    createOfficeHost(throwing.office).displayAppointmentForm(REST_ID);
    expect(throwing.opened).toEqual([{ form: 'appointment', id: REST_ID }]);
  });
});

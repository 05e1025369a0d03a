import { matchesKql, parseKql, unquoteSearch } from '../../../../src/simulators/graph/odata/kql';
import { messageSearchFields } from '../../../../src/simulators/graph/odata/message-search';

const messages = [
  {
    id: '1',
    subject: 'Pizza night on Friday',
    body: { contentType: 'html', content: '<p>Bring <b>drinks</b> please</p>' },
    from: { emailAddress: { name: 'Randi Welch', address: 'randiw@contoso.example' } },
    toRecipients: [{ emailAddress: { name: 'Maya Okafor', address: 'maya@lumenlabs.example' } }],
    hasAttachments: true,
    receivedDateTime: '2018-07-23T10:00:00Z',
    sentDateTime: '2018-07-23T09:59:00Z',
  },
  {
    id: '2',
    subject: 'Budget review',
    body: { contentType: 'html', content: '<p>The pizza budget is approved</p>' },
    from: { emailAddress: { name: 'Lena Fischer', address: 'lena@lumenlabs.example' } },
    toRecipients: [{ emailAddress: { name: 'Randi Welch', address: 'randiw@contoso.example' } }],
    hasAttachments: false,
    receivedDateTime: '2018-07-25T10:00:00Z',
    sentDateTime: '2018-07-25T09:59:00Z',
  },
];

const search = (query: string): string[] => {
  const expression = parseKql(query);
  return messages
    .filter((message) => matchesKql(expression, message, messageSearchFields))
    .map((message) => message.id);
};

describe('$search KQL subset for messages', () => {
  it('strips the outer quotes Graph requires', () => {
    expect(unquoteSearch('"from:randiw"')).toBe('from:randiw');
    expect(unquoteSearch('pizza')).toBe('pizza');
  });

  it('searches from, subject and body for a bare word', () => {
    expect(search('"pizza"')).toEqual(['1', '2']);
    expect(search('"drinks"')).toEqual(['1']);
    expect(search('"welch"')).toEqual(['1']);
  });

  it('restricts to a property with prop:value', () => {
    expect(search('"from:randiw"')).toEqual(['1']);
    expect(search('"to:randiw"')).toEqual(['2']);
    expect(search('"subject:budget"')).toEqual(['2']);
    expect(search('"body:approved"')).toEqual(['2']);
  });

  it('handles hasAttachments and received dates (ISO and US format, comparisons)', () => {
    expect(search('"hasAttachments:true"')).toEqual(['1']);
    expect(search('"received:07/23/2018"')).toEqual(['1']);
    expect(search('"received>=2018-07-24"')).toEqual(['2']);
    expect(search('"received<2018-07-24"')).toEqual(['1']);
  });

  it('supports quoted phrases, implicit AND, explicit AND/OR/NOT and parentheses', () => {
    expect(search('"\\"pizza night\\""')).toEqual(['1']);
    expect(search('"pizza budget"')).toEqual(['2']);
    expect(search('"subject:pizza OR subject:budget"')).toEqual(['1', '2']);
    expect(search('"pizza AND NOT from:randiw"')).toEqual(['2']);
    expect(search('"(from:lena OR from:randiw) hasAttachments:false"')).toEqual(['2']);
  });

  it('rejects malformed queries', () => {
    expect(() => parseKql('"(pizza"')).toThrow(/Syntax error/);
    expect(() => parseKql('""')).toThrow(/empty/);
  });
});

import {
  containsValue,
  extractCodes,
  extractEmails,
  extractUrls,
} from '../../../src/security/value-matching';

describe('finding values in text', () => {
  it('matches whole values only, case-insensitively', () => {
    const corpus =
      'write to bob@contoso.com. also see plan.xlsx, not jimbob@contoso.com.evil or plan.xlsx.exe';
    expect(containsValue(corpus, 'BOB@contoso.com')).toBe(true);
    expect(containsValue(corpus, 'plan.xlsx')).toBe(true);
    expect(containsValue('jimbob@contoso.com.evil', 'bob@contoso.com')).toBe(false);
    expect(containsValue('plan.xlsx.exe', 'plan.xlsx')).toBe(false);
    expect(containsValue(corpus, 'ab')).toBe(false);
  });

  it('extracts addresses, links and codes', () => {
    const text = 'Mail Eve@Evil.example, open https://evil.example/pay?x=1. Code 123456 or 12345.';
    expect(extractEmails(text)).toEqual(['eve@evil.example']);
    expect(extractUrls(text)).toEqual(['https://evil.example/pay?x=1']);
    expect(extractCodes(text)).toEqual(['123456']);
  });
});

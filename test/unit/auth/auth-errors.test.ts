import { adminConsentUrl, authErrorFromOfficeDialog, toAuthError } from '../../../src/auth/errors';
import { GraphRequestError } from '../../../src/graph/errors';

const context = {
  authority: 'https://login.microsoftonline.com/contoso.example',
  clientId: 'app-id',
  scopes: ['Mail.Send'],
};

describe('sign-in errors users meet, each with what to do', () => {
  test.each([
    [
      {
        errorCode: 'invalid_grant',
        errorMessage: 'AADSTS65001: The user or administrator has not consented.',
      },
      'consent-missing',
      'consent-link',
    ],
    [{ errorCode: 'consent_required', errorMessage: 'consent needed' }, 'consent-missing', 'consent-link'],
    [
      {
        errorCode: 'invalid_request',
        errorMessage: 'AADSTS50020: User account from identity provider does not exist in tenant',
      },
      'account-type-not-allowed',
      'fix-registration',
    ],
    [
      {
        errorCode: 'invalid_client',
        errorMessage: "AADSTS7000218: The request body must contain 'client_assertion' or 'client_secret'.",
      },
      'confidential-client',
      'fix-registration',
    ],
    [
      { errorCode: 'invalid_client', errorMessage: 'Client authentication failed.' },
      'invalid-client',
      'open-settings',
    ],
    [
      {
        errorCode: 'unauthorized_client',
        errorMessage: "AADSTS700016: Application with identifier 'x' was not found",
      },
      'invalid-client',
      'open-settings',
    ],
    [
      {
        name: 'InteractionRequiredAuthError',
        errorCode: 'interaction_required',
        errorMessage: 'AADSTS50076 MFA',
      },
      'interaction-required',
      'sign-in',
    ],
    [{ errorCode: 'login_required', errorMessage: '' }, 'interaction-required', 'sign-in'],
    [{ errorCode: 'user_cancelled', errorMessage: '' }, 'user-cancelled', 'sign-in'],
    [
      { errorCode: 'invalid_request', errorMessage: 'AADSTS50011: The redirect URI does not match' },
      'redirect-uri-mismatch',
      'fix-registration',
    ],
    [
      { errorCode: 'access_denied', errorMessage: 'AADSTS90094: The grant requires admin permission.' },
      'admin-consent-required',
      'consent-link',
    ],
    [{ errorCode: 'no_network_connectivity', errorMessage: '' }, 'network', 'retry'],
  ])('%o → %s', (error, code, action) => {
    const mapped = toAuthError(error, context);
    expect(mapped.code).toBe(code);
    expect(mapped.action.kind).toBe(action);
    expect(mapped.userMessage.length).toBeGreaterThan(20);
  });

  test('the consent link asks admin consent for exactly the missing scope', () => {
    expect(adminConsentUrl(context)).toBe(
      'https://login.microsoftonline.com/contoso.example/v2.0/adminconsent?client_id=app-id&scope=Mail.Send',
    );
  });

  test.each([
    [12004, 'dialog-untrusted-domain'],
    [12005, 'dialog-untrusted-domain'],
    [12006, 'user-cancelled'],
    [12007, 'dialog-blocked'],
    [12009, 'dialog-blocked'],
    [12011, 'dialog-blocked'],
    [12002, 'dialog-failed'],
  ])('Office dialog error %i → %s', (officeCode, code) => {
    const error = authErrorFromOfficeDialog(officeCode);
    expect(error.code).toBe(code);
    expect(error.source).toBe(String(officeCode));
  });

  test('a blocked dialog tells the user to allow pop-ups', () => {
    expect(authErrorFromOfficeDialog(12011).userMessage).toMatch(/Allow pop-ups/);
  });

  test('Graph 403 insufficient privileges names the permission and links admin consent', () => {
    const forbidden = new GraphRequestError({
      kind: 'forbidden',
      status: 403,
      code: 'Authorization_RequestDenied',
      graphMessage: 'Insufficient privileges to complete the operation.',
      method: 'POST',
      path: '/me/sendMail',
      clientRequestId: 'c',
      scopes: ['Mail.Send'],
      ambiguous: false,
    });
    const mapped = toAuthError(forbidden, context);
    expect(mapped.code).toBe('insufficient-privileges');
    expect(mapped.userMessage).toContain('Mail.Send');
    expect(mapped.action).toEqual({ kind: 'consent-link', url: adminConsentUrl(context) });
  });
});

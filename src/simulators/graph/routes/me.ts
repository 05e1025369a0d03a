/** `/me` and the user's mailbox settings (time zone, working hours). */
import { defineRoute } from '../core/route';
import type { RouteContext, RouteDefinition } from '../core/route';
import type { UserRecord } from '../store/users';

const USER_PROPERTIES = [
  'id',
  'displayName',
  'givenName',
  'surname',
  'mail',
  'userPrincipalName',
  'jobTitle',
  'officeLocation',
  'businessPhones',
  'mobilePhone',
  'preferredLanguage',
  'mailboxSettings',
  'aboutMe',
  'accountEnabled',
  'department',
  'companyName',
  'city',
  'country',
];

/** Graph's default `/me` projection: the basic profile (mailboxSettings only when selected). */
export function userToWire(user: UserRecord): Record<string, unknown> {
  return {
    businessPhones: user.businessPhones,
    displayName: user.displayName,
    givenName: user.givenName,
    jobTitle: user.jobTitle,
    mail: user.mail,
    mobilePhone: user.mobilePhone,
    officeLocation: user.officeLocation,
    preferredLanguage: user.preferredLanguage,
    surname: user.surname,
    userPrincipalName: user.userPrincipalName,
    id: user.id,
  };
}

function mailboxSettingsWire(context: RouteContext): Record<string, unknown> {
  return {
    '@odata.context': `${context.graphBaseUrl}/$metadata#users('${context.store.user.id}')/mailboxSettings`,
    ...context.store.user.mailboxSettings,
  };
}

export const meRoutes: RouteDefinition[] = [
  defineRoute({
    method: 'GET',
    template: '/me',
    scopes: ['User.Read'],
    handle: (context) => {
      const user = context.store.user;
      const selected = context.query.select?.map((property) => property.toLowerCase()) ?? [];
      // mailboxSettings is on user but needs a mailbox scope, as on Graph.
      if (
        selected.includes('mailboxsettings') &&
        !context.scopes.some((scope) => /^mailboxsettings\./i.test(scope))
      ) {
        context.reply.error(
          403,
          'ErrorAccessDenied',
          'Access is denied. Check credentials and try again. Reading mailboxSettings needs MailboxSettings.Read.',
        );
      }
      const wire =
        selected.length > 0
          ? { ...userToWire(user), mailboxSettings: user.mailboxSettings }
          : userToWire(user);
      return context.reply.entity(wire, { properties: USER_PROPERTIES, entityType: 'microsoft.graph.user' });
    },
  }),
  defineRoute({
    method: 'GET',
    // Documented (api/user-get-mailboxsettings.md) but not a path template in the subset: see the README's list.
    template: '/me/mailboxSettings',
    scopes: ['MailboxSettings.Read'],
    handle: (context) => context.reply.json(200, mailboxSettingsWire(context)),
  }),
  defineRoute({
    method: 'GET',
    template: '/me/mailboxSettings/timeZone',
    scopes: ['MailboxSettings.Read'],
    handle: (context) =>
      context.reply.json(200, {
        '@odata.context': `${context.graphBaseUrl}/$metadata#users('${context.store.user.id}')/mailboxSettings/timeZone`,
        value: context.store.user.mailboxSettings.timeZone,
      }),
  }),
];

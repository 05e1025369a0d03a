/** The signed-in user and the people the tenant knows (colleagues and outside contacts). */
export interface MailboxSettingsRecord {
  timeZone: string;
  archiveFolder: string;
  dateFormat: string;
  timeFormat: string;
  delegateMeetingMessageDeliveryOptions: string;
  language: { locale: string; displayName: string };
  workingHours: {
    daysOfWeek: string[];
    startTime: string;
    endTime: string;
    timeZone: { name: string };
  };
  automaticRepliesSetting: {
    status: 'disabled' | 'alwaysEnabled' | 'scheduled';
    externalAudience: 'none' | 'contactsOnly' | 'all';
    internalReplyMessage: string;
    externalReplyMessage: string;
    scheduledStartDateTime: { dateTime: string; timeZone: string };
    scheduledEndDateTime: { dateTime: string; timeZone: string };
  };
}

export interface UserRecord {
  id: string;
  displayName: string;
  givenName: string | null;
  surname: string | null;
  mail: string;
  userPrincipalName: string;
  jobTitle: string | null;
  officeLocation: string | null;
  businessPhones: string[];
  mobilePhone: string | null;
  preferredLanguage: string | null;
  mailboxSettings: MailboxSettingsRecord;
}

export interface PersonRecord {
  displayName: string;
  address: string;
  /** Inside the user's organisation (same domain) or an outside contact. */
  internal: boolean;
  jobTitle?: string;
  companyName?: string;
  department?: string;
}

/** Seed section for the signed-in user and the people around them (area: me / directory). */
import { z } from 'zod';
import type { IdFactory } from '../core/ids';
import type { PersonRecord, UserRecord } from '../store/users';

export const userSeedSchema = z.object({
  id: z.string().optional(),
  displayName: z.string(),
  mail: z.string(),
  userPrincipalName: z.string().optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
  jobTitle: z.string().optional(),
  officeLocation: z.string().optional(),
  mobilePhone: z.string().optional(),
  businessPhones: z.array(z.string()).optional(),
  preferredLanguage: z.string().optional(),
  /** Windows or IANA zone name. @default 'W. Europe Standard Time' */
  timeZone: z.string().optional(),
  workingHours: z
    .object({ daysOfWeek: z.array(z.string()), startTime: z.string(), endTime: z.string() })
    .optional(),
});

export const personSeedSchema = z.object({
  displayName: z.string(),
  address: z.string(),
  internal: z.boolean().optional(),
  jobTitle: z.string().optional(),
  companyName: z.string().optional(),
  department: z.string().optional(),
});

export type UserSeed = z.infer<typeof userSeedSchema>;
export type PersonSeed = z.infer<typeof personSeedSchema>;

export function loadUser(seed: UserSeed, ids: IdFactory): UserRecord {
  const [givenName, ...rest] = seed.displayName.split(' ');
  const timeZone = seed.timeZone ?? 'W. Europe Standard Time';
  return {
    id: seed.id ?? ids.guid(),
    displayName: seed.displayName,
    givenName: seed.givenName ?? givenName ?? null,
    surname: seed.surname ?? (rest.join(' ') || null),
    mail: seed.mail,
    userPrincipalName: seed.userPrincipalName ?? seed.mail,
    jobTitle: seed.jobTitle ?? null,
    officeLocation: seed.officeLocation ?? null,
    businessPhones: seed.businessPhones ?? [],
    mobilePhone: seed.mobilePhone ?? null,
    preferredLanguage: seed.preferredLanguage ?? 'en-US',
    mailboxSettings: {
      timeZone,
      archiveFolder: '',
      dateFormat: 'dd/MM/yyyy',
      timeFormat: 'HH:mm',
      delegateMeetingMessageDeliveryOptions: 'sendToDelegateOnly',
      language: { locale: seed.preferredLanguage ?? 'en-US', displayName: 'English (United States)' },
      workingHours: {
        daysOfWeek: seed.workingHours?.daysOfWeek ?? ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'],
        startTime: seed.workingHours?.startTime ?? '08:30:00.0000000',
        endTime: seed.workingHours?.endTime ?? '17:30:00.0000000',
        timeZone: { name: timeZone },
      },
      automaticRepliesSetting: {
        status: 'disabled',
        externalAudience: 'all',
        internalReplyMessage: '',
        externalReplyMessage: '',
        scheduledStartDateTime: { dateTime: '2026-01-01T00:00:00.0000000', timeZone: 'UTC' },
        scheduledEndDateTime: { dateTime: '2026-01-02T00:00:00.0000000', timeZone: 'UTC' },
      },
    },
  };
}

export function loadPeople(seeds: readonly PersonSeed[], user: UserRecord): PersonRecord[] {
  const domain = user.mail.split('@')[1]?.toLowerCase();
  return seeds.map((person) => ({
    ...person,
    internal: person.internal ?? person.address.toLowerCase().endsWith(`@${domain}`),
  }));
}

/** Colleagues and outside contacts the demo mailbox adds (internal = same domain as the user). */
const mailPeople: PersonSeed[] = [
  {
    displayName: 'Ruth Adeyemi',
    address: 'ruth.adeyemi@lumenlabs.example',
    jobTitle: 'Chief Executive Officer',
  },
  {
    displayName: 'Marco Bellini',
    address: 'marco.bellini@lumenlabs.example',
    jobTitle: 'Sales Director',
    department: 'Sales',
  },
  {
    displayName: 'Hannah Kowalski',
    address: 'hannah.kowalski@lumenlabs.example',
    jobTitle: 'Customer Success Manager',
    department: 'Customer Success',
  },
  {
    displayName: 'Daniel Osei',
    address: 'daniel.osei@lumenlabs.example',
    jobTitle: 'QA Lead',
    department: 'Engineering',
  },
  {
    displayName: 'Sofia Lindqvist',
    address: 'sofia.lindqvist@lumenlabs.example',
    jobTitle: 'Marketing Manager',
    department: 'Marketing',
  },
  { displayName: 'IT Helpdesk', address: 'it-helpdesk@lumenlabs.example', department: 'IT' },
  { displayName: 'People Team', address: 'people@lumenlabs.example', department: 'People' },
  {
    displayName: 'Elena Petrova',
    address: 'elena.petrova@fabrikam-facilities.example',
    companyName: 'Fabrikam Facilities',
    jobTitle: 'Operations Director',
  },
  {
    displayName: 'Grace Liu',
    address: 'grace.liu@contoso-property.example',
    companyName: 'Contoso Property Group',
    jobTitle: 'Head of Smart Buildings',
  },
  {
    displayName: 'Olu Bakare',
    address: 'olu.bakare@tailspin-logistics.example',
    companyName: 'Tailspin Logistics',
    jobTitle: 'Account Manager',
  },
  { displayName: 'CloudNest Billing', address: 'billing@cloudnest.example', companyName: 'CloudNest' },
  { displayName: 'Printworks Accounts', address: 'accounts@printworks.example', companyName: 'Printworks' },
  { displayName: 'Skyway Travel', address: 'bookings@skyway-travel.example', companyName: 'Skyway Travel' },
  {
    displayName: 'Hardware Weekly',
    address: 'weekly@hardware-weekly.example',
    companyName: 'Hardware Weekly',
  },
  { displayName: 'Design Notes', address: 'letters@designnotes.example', companyName: 'Design Notes' },
  { displayName: 'IoT Summit', address: 'events@iot-summit.example', companyName: 'IoT Summit' },
];

/** The demo user and the people the demo tenant's mail, meetings and files refer to. */
export function demoPeopleSeed(): { user: UserSeed; people: PersonSeed[] } {
  return {
    user: {
      displayName: 'Maya Okafor',
      mail: 'maya.okafor@lumenlabs.example',
      jobTitle: 'Product Lead',
      officeLocation: 'Rotterdam HQ 4.12',
      businessPhones: ['+31 10 555 0142'],
      timeZone: 'W. Europe Standard Time',
    },
    people: [
      {
        displayName: 'Jonas Berg',
        address: 'jonas.berg@lumenlabs.example',
        jobTitle: 'Engineering Manager',
        department: 'Engineering',
      },
      {
        displayName: 'Priya Raman',
        address: 'priya.raman@lumenlabs.example',
        jobTitle: 'Designer',
        department: 'Design',
      },
      {
        displayName: 'Tomás Ferreira',
        address: 'tomas.ferreira@lumenlabs.example',
        jobTitle: 'Data Analyst',
        department: 'Analytics',
      },
      {
        displayName: 'Lena Fischer',
        address: 'lena.fischer@lumenlabs.example',
        jobTitle: 'Head of Finance',
        department: 'Finance',
      },
      {
        displayName: 'Sam Whitfield',
        address: 'sam.whitfield@northwind-traders.example',
        companyName: 'Northwind Traders',
        jobTitle: 'Procurement Lead',
      },
      {
        displayName: 'Aiko Tanaka',
        address: 'aiko.tanaka@bluefin-partners.example',
        companyName: 'Bluefin Partners',
        jobTitle: 'Consultant',
      },
      { displayName: 'Product Digest', address: 'digest@newsletters.example', companyName: 'Product Digest' },
      ...mailPeople,
    ],
  };
}

/** Addresses the demo mailbox uses (people are declared in seed/people.ts) and the seed message type. */
import type { MailSeed } from './mail';

export type MessageSeed = NonNullable<MailSeed['messages']>[number];

export const ME = 'maya.okafor@lumenlabs.example';
export const JONAS = 'jonas.berg@lumenlabs.example';
export const PRIYA = 'priya.raman@lumenlabs.example';
export const TOMAS = 'tomas.ferreira@lumenlabs.example';
export const LENA = 'lena.fischer@lumenlabs.example';
export const RUTH = 'ruth.adeyemi@lumenlabs.example';
export const MARCO = 'marco.bellini@lumenlabs.example';
export const HANNAH = 'hannah.kowalski@lumenlabs.example';
export const DANIEL = 'daniel.osei@lumenlabs.example';
export const SOFIA = 'sofia.lindqvist@lumenlabs.example';
export const HELPDESK = 'it-helpdesk@lumenlabs.example';
export const PEOPLE_TEAM = 'people@lumenlabs.example';
export const SAM = 'sam.whitfield@northwind-traders.example';
export const AIKO = 'aiko.tanaka@bluefin-partners.example';
export const ELENA = 'elena.petrova@fabrikam-facilities.example';
export const GRACE = 'grace.liu@contoso-property.example';
export const OLU = 'olu.bakare@tailspin-logistics.example';
export const CLOUDNEST = 'billing@cloudnest.example';
export const PRINTWORKS = 'accounts@printworks.example';
export const SKYWAY = 'bookings@skyway-travel.example';
export const DIGEST = 'digest@newsletters.example';
export const HARDWARE_WEEKLY = 'weekly@hardware-weekly.example';
export const DESIGN_NOTES = 'letters@designnotes.example';
export const IOT_SUMMIT = 'events@iot-summit.example';

/** Outlook-style HTML body from paragraphs (each may hold inline HTML). */
export function mailHtml(...paragraphs: string[]): string {
  return `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</body></html>`;
}

/** Graph complex types shared by several areas, as they appear on the wire. */
export interface EmailAddress {
  name: string;
  address: string;
}

export interface Recipient {
  emailAddress: EmailAddress;
}

export interface ItemBody {
  contentType: 'html' | 'text';
  content: string;
}

/** A local time plus a Windows or IANA zone name; routes return `dateTime` with 7 fractional digits. */
export interface DateTimeTimeZone {
  dateTime: string;
  timeZone: string;
}

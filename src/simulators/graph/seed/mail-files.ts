/**
 * Small real attachment files for the demo mailbox, generated synchronously and deterministically (the seed loader
 * is synchronous): PDF (hand-assembled, one text page), DOCX (OPC parts zipped with SheetJS's bundled CFB writer),
 * XLSX (SheetJS), PNG (pngjs), ICS and CSV text. Text extraction (mammoth, pdfjs, xlsx) reads all of them.
 */
import { PNG } from 'pngjs';
import * as XLSX from 'xlsx';

const base64 = (bytes: Uint8Array | string): string => Buffer.from(bytes).toString('base64');

/** PDF string literal: ASCII only, with ( ) \ escaped. */
function pdfText(line: string): string {
  const ascii = line
    .replace(/[—–]/g, '-')
    .replace(/€/g, 'EUR ')
    .replace(/[^\x20-\x7e]/g, '?');
  return `(${ascii.replace(/([\\()])/g, '\\$1')})`;
}

/** A one-page PDF (Helvetica) with the given lines; base64. */
export function pdfFile(lines: readonly string[]): string {
  const stream = `BT /F1 11 Tf 56 780 Td 15 TL ${lines.map((line) => `${pdfText(line)} Tj T*`).join(' ')} ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let document = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(document.length);
    document += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = document.length;
  document += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  document += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  document += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return base64(document);
}

const xmlEscape = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const DOCX_PARTS = {
  '[Content_Types].xml':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  '_rels/.rels':
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
};

/** A Word document: a heading then paragraphs; base64. */
export function docxFile(title: string, paragraphs: readonly string[]): string {
  const paragraph = (text: string, bold = false): string =>
    `<w:p><w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r></w:p>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraph(title, true)}${paragraphs.map((text) => paragraph(text)).join('')}</w:body></w:document>`;
  const container = XLSX.CFB.utils.cfb_new();
  const parts: Record<string, string> = { ...DOCX_PARTS, 'word/document.xml': document };
  for (const [path, content] of Object.entries(parts))
    XLSX.CFB.utils.cfb_add(container, `/${path}`, Buffer.from(content, 'utf8'));
  // cfb_new seeds a placeholder stream; a zip package must not carry it.
  XLSX.CFB.utils.cfb_del(container, '/\u0001Sh33tJ5');
  return base64(XLSX.CFB.write(container, { fileType: 'zip', type: 'buffer', compression: true }) as Buffer);
}

/** A one-sheet workbook from rows; base64. */
export function xlsxFile(sheetName: string, rows: readonly (readonly (string | number)[])[]): string {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows.map((row) => [...row])), sheetName);
  return base64(XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer);
}

/** A small PNG: a coloured band chart (bars of the given heights, 0..1); base64. */
export function pngFile(
  width: number,
  height: number,
  bars: readonly number[],
  rgb: [number, number, number],
): string {
  const image = new PNG({ width, height });
  const barWidth = Math.floor(width / Math.max(bars.length, 1));
  for (let y = 0; y < height; y += 1)
    for (let x = 0; x < width; x += 1) {
      const bar = bars[Math.min(Math.floor(x / barWidth), bars.length - 1)] ?? 0;
      const filled = height - y <= bar * height && x % barWidth < barWidth - 2;
      const offset = (y * width + x) * 4;
      image.data[offset] = filled ? rgb[0] : 255;
      image.data[offset + 1] = filled ? rgb[1] : 255;
      image.data[offset + 2] = filled ? rgb[2] : 255;
      image.data[offset + 3] = 255;
    }
  return base64(PNG.sync.write(image));
}

/** An ISO instant as an iCalendar UTC stamp; seed date placeholders (`{{ics:+4 14:00}}`) pass through. */
const icsStamp = (instant: string): string =>
  instant.startsWith('{{') ? instant : instant.replace(/[-:]/g, '').replace(/\.\d+/, '');

/** A meeting request (METHOD:REQUEST) as an .ics file; text. */
export function icsFile(event: {
  uid: string;
  subject: string;
  start: string;
  end: string;
  location: string;
  organizer: string;
  attendees: readonly string[];
  description: string;
}): string {
  return [
    'BEGIN:VCALENDAR',
    'PRODID:-//Lumen Labs//Demo Mailbox//EN',
    'VERSION:2.0',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${icsStamp(event.start)}`,
    `DTSTART:${icsStamp(event.start)}`,
    `DTEND:${icsStamp(event.end)}`,
    `SUMMARY:${event.subject}`,
    `LOCATION:${event.location}`,
    `DESCRIPTION:${event.description}`,
    `ORGANIZER:mailto:${event.organizer}`,
    ...event.attendees.map((address) => `ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:${address}`),
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
}

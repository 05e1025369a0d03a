import { EXTRACT_LIMITS } from './limits';

export interface SpreadsheetText {
  text: string;
  /** Sheets or rows left out of the preview, in words; undefined when everything is shown. */
  omitted?: string;
}

/**
 * A bounded CSV preview of a workbook with SheetJS: the first sheets, the first rows of each (SheetJS stops
 * parsing at `sheetRows`, so a huge sheet costs little), with each sheet's full size named.
 */
export async function extractSpreadsheetText(bytes: Uint8Array): Promise<SpreadsheetText> {
  const xlsx = await import('xlsx');
  const workbook = xlsx.read(bytes, {
    type: 'array',
    sheetRows: EXTRACT_LIMITS.maxRowsPerSheet,
    dense: true,
    cellFormula: false,
    cellHTML: false,
    bookVBA: false,
  });
  const names = workbook.SheetNames;
  const shown = names.slice(0, EXTRACT_LIMITS.maxSheets);
  const omitted: string[] = [];
  const sections = shown.map((name) => {
    const sheet = workbook.Sheets[name];
    const fullRange = sheet['!fullref'] ?? sheet['!ref'];
    const totalRows = fullRange ? xlsx.utils.decode_range(fullRange).e.r + 1 : 0;
    const rowsShown = Math.min(totalRows, EXTRACT_LIMITS.maxRowsPerSheet);
    if (totalRows > rowsShown) omitted.push(`sheet "${name}" shows ${rowsShown} of ${totalRows} rows`);
    const csv = xlsx.utils.sheet_to_csv(sheet, { blankrows: false }).trimEnd();
    return `## Sheet: ${name} (${totalRows} rows)\n${csv}`;
  });
  if (names.length > shown.length) omitted.push(`${names.length - shown.length} more sheets not shown`);
  return {
    text: sections.join('\n\n'),
    omitted: omitted.length > 0 ? `Preview only: ${omitted.join('; ')}.` : undefined,
  };
}

/** Bounds that keep one attachment or file from stalling the pane or flooding the model. */
export const EXTRACT_LIMITS = {
  /** Larger inputs are refused before anything is decoded. */
  maxInputBytes: 20 * 1024 * 1024,
  /** Characters returned per call unless the caller asks otherwise. */
  defaultMaxChars: 20_000,
  /** PDF pages read at most; the note says when there were more. */
  maxPdfPages: 200,
  /** Spreadsheet sheets and rows per sheet in the preview. */
  maxSheets: 5,
  maxRowsPerSheet: 200,
} as const;

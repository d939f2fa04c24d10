/**
 * Why a whole file is refused (before any row is looked at). The code travels to the client as
 * `extensions.reason` of a VALIDATION_FAILED error, and the web app translates it.
 */
export const GLOSSARY_FILE_ERRORS = {
  UNSUPPORTED_TYPE: 'is not a .csv, .xlsx or .tbx file',
  TYPE_MISMATCH: 'is not what its name says (its content is not {expected})',
  NOT_UTF8: 'is not UTF-8 text',
  UNREADABLE: 'cannot be read',
  DTD_FORBIDDEN:
    'declares a DTD or entities (<!DOCTYPE>, <!ENTITY>), which are refused: they can read files or exhaust memory',
  NOT_XML: 'is not well-formed XML: {detail}',
  NOT_TBX: 'is XML but not a term base (TBX): no <tbx> or <martif> root',
  MISSING_COLUMNS: 'lacks the columns: {columns}',
  NO_ROWS: 'has no concepts',
  TOO_MANY_ROWS: 'has more than {max} concepts',
  TOO_LARGE: 'is larger than {max} MB',
} as const;
export type GlossaryFileErrorCode = keyof typeof GLOSSARY_FILE_ERRORS;

export class GlossaryFileError extends Error {
  constructor(
    readonly code: GlossaryFileErrorCode,
    readonly params: Record<string, string | number> = {},
  ) {
    super(GLOSSARY_FILE_ERRORS[code].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? '')));
  }
}

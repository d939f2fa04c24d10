import { filetypeinfo } from 'magic-bytes.js';

/** What an accepted file is, decided from its bytes; the name only picks among what the bytes allow. */
export interface SniffedType {
  mime: string;
  extension: string;
}

export type SniffResult = { ok: true; type: SniffedType } | { ok: false; detected: string | null };

/**
 * The file types people share as training materials. Everything else, and anything whose bytes do
 * not match an allowed type (an executable renamed to .pdf), is refused.
 */
const BINARY_TYPES: Record<string, SniffedType> = {
  pdf: { mime: 'application/pdf', extension: 'pdf' },
  png: { mime: 'image/png', extension: 'png' },
  jpg: { mime: 'image/jpeg', extension: 'jpg' },
  gif: { mime: 'image/gif', extension: 'gif' },
  webp: { mime: 'image/webp', extension: 'webp' },
};

/** Office documents are ZIP containers: the bytes say ZIP, the extension says which document. */
const ZIP_DOCUMENTS: Record<string, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
};

/** Plain text has no signature: accepted only as valid UTF-8 without control bytes. */
const TEXT_TYPES: Record<string, string> = { txt: 'text/plain', csv: 'text/csv', md: 'text/markdown' };

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

function isPlainText(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return false;
  }
  // Tabs, line feeds and carriage returns are text; other C0 controls (NUL above all) are not.
  // eslint-disable-next-line no-control-regex -- control bytes are exactly what this looks for
  return !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text);
}

export function sniffContentType(bytes: Uint8Array, fileName: string): SniffResult {
  const extension = extensionOf(fileName);
  const candidates = filetypeinfo(bytes.subarray(0, 4100));
  const names = candidates.map((c) => c.typename.toLowerCase());

  for (const name of names) {
    const binary = BINARY_TYPES[name === 'jpeg' ? 'jpg' : name];
    if (binary) return { ok: true, type: binary };
  }
  if (names.includes('zip')) {
    const mime = ZIP_DOCUMENTS[extension];
    return mime ? { ok: true, type: { mime, extension } } : { ok: false, detected: 'zip' };
  }
  if (names.length) return { ok: false, detected: names[0] };
  const textMime = TEXT_TYPES[extension];
  if (textMime && isPlainText(bytes)) return { ok: true, type: { mime: `${textMime}; charset=utf-8`, extension } };
  return { ok: false, detected: null };
}

export const ALLOWED_EXTENSIONS = [
  ...Object.values(BINARY_TYPES).map((t) => t.extension),
  ...Object.keys(ZIP_DOCUMENTS),
  ...Object.keys(TEXT_TYPES),
];

/** A name safe to put in Content-Disposition and on disk listings: no paths, no control characters. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    // eslint-disable-next-line no-control-regex -- control characters must not reach a header
    .replace(/[\u0000-\u001f\u007f"]/g, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'file';
}

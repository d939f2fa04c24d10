import { createRequire } from 'node:module';

/**
 * DejaVu (Serif for titles and names, Sans for the rest) covers every letter of the five
 * languages — Latvian ā ē ģ ī ķ ļ ņ ū, Lithuanian ą č ę ė į š ų ž, Estonian õ ä ö ü, Cyrillic —
 * which pdfkit's built-in fonts cannot draw. Embedded as subsets with a ToUnicode map, so text
 * extraction gives back the exact names.
 */
export const pdfFontFile = (name: string) => createRequire(__filename).resolve(`dejavu-fonts-ttf/ttf/${name}`);

export const PDF_FONTS = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  sans: 'DejaVuSans.ttf',
  sansBold: 'DejaVuSans-Bold.ttf',
} as const;

/** Registers the fonts on a new pdfkit document and collects its bytes: resolves once `doc.end()` is called. */
export function collectPdf(doc: PDFKit.PDFDocument): Promise<Buffer> {
  for (const [name, file] of Object.entries(PDF_FONTS)) doc.registerFont(name, pdfFontFile(file));
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}

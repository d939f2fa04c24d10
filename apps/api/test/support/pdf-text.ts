import { execFile } from 'node:child_process';
import { join } from 'node:path';

/** The PDF's text as PDF.js extracts it (in a child process: PDF.js is an ES module). */
export function pdfText(pdf: Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile(process.execPath, [join(__dirname, 'pdf-text.mjs')], { maxBuffer: 10_000_000 }, (e, out) =>
      e ? reject(e) : resolve(out),
    );
    child.stdin?.end(pdf);
  });
}

import { safeFileName, sniffContentType } from './content-policy';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));
const zip = bytes([0x50, 0x4b, 0x03, 0x04], new Array(60).fill(0));

describe('sniffContentType', () => {
  it('accepts a PDF by its bytes, whatever its name', () => {
    expect(sniffContentType(bytes('%PDF-1.7\n1 0 obj'), 'notes.pdf')).toEqual({
      ok: true,
      type: { mime: 'application/pdf', extension: 'pdf' },
    });
    expect(sniffContentType(bytes('%PDF-1.4\n'), 'renamed.txt')).toMatchObject({
      ok: true,
      type: { mime: 'application/pdf' },
    });
  });

  it('refuses an executable disguised as a PDF', () => {
    expect(sniffContentType(bytes('MZ', new Array(200).fill(0)), 'syllabus.pdf')).toEqual({
      ok: false,
      detected: 'exe',
    });
    expect(sniffContentType(bytes([0x7f, 0x45, 0x4c, 0x46], new Array(60).fill(0)), 'syllabus.pdf')).toMatchObject({
      ok: false,
    });
  });

  it('accepts office documents only when the ZIP bytes carry a document extension', () => {
    expect(sniffContentType(zip, 'plan.docx')).toMatchObject({ ok: true, type: { extension: 'docx' } });
    expect(sniffContentType(zip, 'tools.zip')).toEqual({ ok: false, detected: 'zip' });
    expect(sniffContentType(zip, 'app.jar')).toEqual({ ok: false, detected: 'zip' });
  });

  it('accepts UTF-8 text with a text extension and refuses binary or unknown content', () => {
    expect(sniffContentType(Buffer.from('Päev 1: tandemi kohtumine\n', 'utf8'), 'agenda.txt')).toMatchObject({
      ok: true,
      type: { mime: 'text/plain; charset=utf-8' },
    });
    expect(sniffContentType(Buffer.from('a\u0000b'), 'agenda.txt')).toEqual({ ok: false, detected: null });
    expect(sniffContentType(Buffer.from('#!/bin/sh\nrm -rf /'), 'run.sh')).toEqual({ ok: false, detected: null });
  });
});

describe('safeFileName', () => {
  it('drops paths, quotes and control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\"plan"\n.pdf')).toBe('plan.pdf');
    expect(safeFileName('   ')).toBe('file');
  });
});

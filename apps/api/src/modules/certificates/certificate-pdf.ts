import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { collectPdf } from '../../common/pdf-fonts';
import type { Certificate } from './certificate.entity';
import { pick, textsFor } from './certificate-texts';

const INK = '#1f2a44';
const ACCENT = '#8a6d1d';
const MUTED = '#55607a';

function formatDate(date: Date, language: string): string {
  return new Intl.DateTimeFormat(language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}

/** A QR code drawn as vector squares (sharp at any print size). */
function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const cell = size / (n + 2);
  doc.save().rect(x, y, size, size).fill('#ffffff');
  doc.fillColor('#000000');
  for (let row = 0; row < n; row++)
    for (let col = 0; col < n; col++)
      if (qr.modules.get(row, col)) doc.rect(x + (col + 1) * cell, y + (row + 1) * cell, cell, cell);
  doc.fill().restore();
}

function page(doc: PDFKit.PDFDocument, certificate: Certificate, language: string, verifyUrl: string): void {
  const t = textsFor(language);
  const c = certificate.content;
  const { width, height } = doc.page;
  const margin = 56;
  const inner = width - 2 * margin;

  doc
    .lineWidth(2.5)
    .strokeColor(ACCENT)
    .rect(24, 24, width - 48, height - 48)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(32, 32, width - 64, height - 64)
    .stroke();

  doc.font('sans').fontSize(10).fillColor(MUTED).text(pick(c.issuerName, language).toUpperCase(), margin, 64, {
    width: inner,
    align: 'center',
  });
  doc.font('serifBold').fontSize(34).fillColor(INK).text(t.title.toUpperCase(), margin, 96, {
    width: inner,
    align: 'center',
  });
  doc.font('sans').fontSize(12).fillColor(MUTED).text(t.certifies, margin, 162, { width: inner, align: 'center' });
  doc
    .font('serifBold')
    .fontSize(28)
    .fillColor(INK)
    .text(certificate.holderName, margin, 188, { width: inner, align: 'center' });
  doc
    .font('sans')
    .fontSize(12)
    .fillColor(INK)
    .text(t.completed(c.programme, c.edition), margin + 30, 238, { width: inner - 60, align: 'center' });

  let y = 300;
  if (c.modules.length) {
    doc
      .font('sansBold')
      .fontSize(11)
      .fillColor(ACCENT)
      .text(t.modulesHeading.toUpperCase(), margin, y, { characterSpacing: 0.5 });
    y += 20;
    for (const m of c.modules) {
      const kind = m.kind === 'JOINT' ? t.jointModule(m.jointNumber ?? 0) : t.nationalModule;
      doc.font('sans').fontSize(10).fillColor(MUTED).text(`${kind} · ${m.code}`, margin, y, { width: 150 });
      doc
        .font('sans')
        .fontSize(10)
        .fillColor(INK)
        .text(pick(m.title, language), margin + 155, y, { width: inner - 230 });
      doc.text(t.hours(m.hours), width - margin - 70, y, { width: 70, align: 'right' });
      y = Math.max(doc.y, y + 14) + 4;
    }
    const total = c.modules.reduce((sum, m) => sum + m.hours, 0);
    doc
      .moveTo(width - margin - 70, y)
      .lineTo(width - margin, y)
      .lineWidth(0.5)
      .strokeColor(MUTED)
      .stroke();
    doc
      .font('sansBold')
      .fontSize(10)
      .fillColor(INK)
      .text(t.hours(total), width - margin - 70, y + 4, { width: 70, align: 'right' });
    y += 26;
  }
  if (c.areas.length) {
    doc.font('sansBold').fontSize(11).fillColor(ACCENT).text(t.areasHeading.toUpperCase(), margin, y, { width: inner });
    y = doc.y + 6;
    doc
      .font('sans')
      .fontSize(10)
      .fillColor(INK)
      .text(c.areas.map((a) => pick(a.title, language)).join(' · '), margin, y, { width: inner });
    y = doc.y + 18;
  }

  // Signatories, then date, number and the QR code to the verification page.
  const signY = Math.max(y + 30, height - 250);
  const signatories = c.signatories.slice(0, 3);
  const slot = inner / Math.max(signatories.length, 1);
  signatories.forEach((s, i) => {
    const x = margin + i * slot + 10;
    doc
      .moveTo(x, signY)
      .lineTo(x + slot - 20, signY)
      .lineWidth(0.6)
      .strokeColor(INK)
      .stroke();
    doc
      .font('sans')
      .fontSize(10)
      .fillColor(INK)
      .text(s.name, x, signY + 6, { width: slot - 20, align: 'center' });
    doc
      .fontSize(9)
      .fillColor(MUTED)
      .text(pick(s.position, language), x, doc.y + 1, { width: slot - 20, align: 'center' });
  });

  const footY = height - 160;
  doc.font('sans').fontSize(9).fillColor(MUTED).text(t.dateOfIssue, margin, footY);
  doc
    .font('sansBold')
    .fontSize(11)
    .fillColor(INK)
    .text(formatDate(certificate.issuedAt, language), margin, footY + 12);
  doc
    .font('sans')
    .fontSize(9)
    .fillColor(MUTED)
    .text(t.number, margin, footY + 34);
  doc
    .font('sansBold')
    .fontSize(11)
    .fillColor(INK)
    .text(certificate.number, margin, footY + 46);
  doc
    .font('sans')
    .fontSize(8)
    .fillColor(MUTED)
    .text(`${t.verifyAt}:`, margin, footY + 70, { width: inner - 120 });
  doc
    .fontSize(8)
    .fillColor(INK)
    .text(verifyUrl, margin, doc.y + 1, { width: inner - 120, link: verifyUrl });
  drawQr(doc, verifyUrl, width - margin - 96, footY - 6, 96);
}

/** The certificate as an A4 PDF: one page per language asked for (the tutor's first). */
export function renderCertificatePdf(
  certificate: Certificate,
  languages: string[],
  verifyUrl: string,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: {
      Title: `${textsFor(languages[0]).title} ${certificate.number}`,
      Author: pick(certificate.content.issuerName, languages[0]),
      Subject: certificate.holderName,
    },
    lang: languages[0],
  });
  const done = collectPdf(doc);
  for (const language of languages) {
    doc.addPage();
    page(doc, certificate, language, verifyUrl);
  }
  doc.end();
  return done;
}

import PDFDocument from 'pdfkit';
import { collectPdf } from '../../common/pdf-fonts';
import { ACCENT, citation, ensureRoom, formats, INK, MARGIN, MUTED, type Formats } from '../evidence/evidence-pdf';
import type { PolicyBriefModel } from './policy-recommendation.model';

/** The audience as the reader says it: "National authority, Lithuania". */
export function audienceName(f: Pick<Formats, 't' | 'country'>, audience: string, countryCode: string | null): string {
  const name = f.t(`policy.audience.${audience}`);
  return countryCode ? f.t('policy.audienceInCountry', { audience: name, country: f.country(countryCode) }) : name;
}

/**
 * The policy brief of one audience as an A4 PDF: a header, then each recommendation (as written)
 * followed by its evidence — its own cited figures and the findings it rests on with theirs — from
 * the same PolicyBriefModel the page shows. Fixed texts in `language`.
 */
export function renderPolicyBriefPdf(brief: PolicyBriefModel, language: string): Promise<Buffer> {
  const f = formats(language);
  const audience = audienceName(f, brief.audience, brief.countryCode);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: f.t('policy.brief.title', { audience }), Subject: brief.editionName },
    lang: language,
  });
  const done = collectPdf(doc);
  const width = doc.page.width - 2 * MARGIN;

  doc.font('sansBold').fontSize(9).fillColor(ACCENT).text(f.t('policy.brief.kicker').toUpperCase(), MARGIN, MARGIN, {
    width,
    characterSpacing: 0.6,
  });
  doc.moveDown(0.3);
  doc.font('serifBold').fontSize(22).fillColor(INK).text(audience, { width });
  doc.moveDown(0.3);
  doc
    .font('sans')
    .fontSize(10)
    .fillColor(MUTED)
    .text(
      [
        brief.editionName,
        brief.publishedAt ? f.t('policy.brief.publishedOn', { date: f.date(brief.publishedAt) }) : null,
        f.t('policy.brief.summary', { count: brief.recommendations.length, evidence: brief.evidenceCount }),
      ]
        .filter(Boolean)
        .join(' · '),
      { width },
    );
  doc.moveDown(0.6);
  doc
    .font('sans')
    .fontSize(10)
    .fillColor(INK)
    .text(f.t('policy.brief.intro', { k: 5 }), { width });
  doc.moveDown(1);
  if (!brief.recommendations.length)
    doc.font('sans').fontSize(11).fillColor(MUTED).text(f.t('policy.brief.none'), { width });

  brief.recommendations.forEach((r, i) => {
    ensureRoom(doc, 120);
    doc
      .moveTo(MARGIN, doc.y)
      .lineTo(MARGIN + width, doc.y)
      .lineWidth(0.6)
      .strokeColor(ACCENT)
      .stroke();
    doc.moveDown(0.5);
    doc
      .font('sansBold')
      .fontSize(9)
      .fillColor(ACCENT)
      .text(f.t('policy.brief.recommendation', { n: i + 1 }), {
        width,
      });
    doc.font('serifBold').fontSize(14).fillColor(INK).text(r.title, { width });
    doc.moveDown(0.3);
    doc.font('sans').fontSize(10.5).fillColor(INK).text(r.text, { width, lineGap: 1.5 });
    doc.moveDown(0.6);
    doc.font('sansBold').fontSize(10).fillColor(ACCENT).text(f.t('policy.brief.evidence'), MARGIN, doc.y, { width });
    doc.moveDown(0.3);
    for (const c of r.citations) citation(doc, f, c, 10);
    for (const finding of r.findings) {
      ensureRoom(doc, 70);
      doc
        .font('sans')
        .fontSize(9.5)
        .fillColor(MUTED)
        .text(f.t('policy.brief.fromFinding'), MARGIN + 10, doc.y, { width: width - 10, continued: true })
        .font('sansBold')
        .fillColor(INK)
        .text(` ${finding.statement}`);
      doc.moveDown(0.3);
      for (const c of finding.citations) citation(doc, f, c, 22);
    }
    doc.moveDown(0.8);
  });
  doc.end();
  return done;
}

import { intlLocale } from '@tandem/shared-i18n';
import { isLocale } from '@tandem/shared-domain';
import PDFDocument from 'pdfkit';
import { collectPdf } from '../../common/pdf-fonts';
import type { FindingModel } from './evidence.model';
import { ACCENT, citation, ensureRoom, formats, INK, MARGIN, MUTED, snapshot, type Formats } from './evidence-pdf';
import type { InterimReport } from './interim-report';

/** The statement in the reader's language when it is translated, else as written, saying in which language. */
export function statementFor(
  f: Formats,
  finding: FindingModel,
  language: string,
  languageName: (code: string) => string,
) {
  const translated = finding.translations.find((t) => t.language === language);
  if (translated || finding.language === language)
    return { text: translated?.statement ?? finding.statement, note: null };
  return {
    text: finding.statement,
    note: f.t('evidence.report.writtenIn', { language: languageName(finding.language) }),
  };
}

/**
 * The report of an interim analysis as an A4 PDF: its findings (each with its priority, the
 * countries and modules it concerns, the statement in the reader's language where translated, and
 * its cited evidence with counts), then the improvement actions that answer them and what their
 * checks found. Fixed texts in `language`; the numbers are the frozen snapshots the page shows.
 */
export function renderInterimReportPdf(report: InterimReport, language: string): Promise<Buffer> {
  const f = formats(language);
  const tag = intlLocale(isLocale(language) ? language : 'en');
  const languages = new Intl.DisplayNames([tag], { type: 'language', fallback: 'code' });
  const languageName = (code: string) => languages.of(code) ?? code;
  const { analysis } = report;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    info: { Title: analysis.title, Subject: report.editionName },
    lang: language,
  });
  const done = collectPdf(doc);
  const width = doc.page.width - 2 * MARGIN;
  const heading = (text: string) => {
    ensureRoom(doc, 80);
    doc.moveDown(0.6);
    doc.font('serifBold').fontSize(15).fillColor(INK).text(text, MARGIN, doc.y, { width });
    doc.moveDown(0.4);
  };

  doc.font('sansBold').fontSize(9).fillColor(ACCENT).text(f.t('evidence.report.kicker').toUpperCase(), MARGIN, MARGIN, {
    width,
    characterSpacing: 0.6,
  });
  doc.moveDown(0.3);
  doc.font('serifBold').fontSize(22).fillColor(INK).text(analysis.title, { width });
  doc.moveDown(0.3);
  const period = `${f.date(new Date(analysis.periodStart))} – ${f.date(new Date(analysis.periodEnd))}`;
  doc
    .font('sans')
    .fontSize(10)
    .fillColor(MUTED)
    .text(
      [
        report.editionName,
        f.t(`cycle.phases.${analysis.phaseKind}`),
        period,
        analysis.publishedAt
          ? f.t('evidence.report.publishedOn', { date: f.date(analysis.publishedAt) })
          : f.t('evidence.report.draft'),
      ].join(' · '),
      { width },
    );
  doc.moveDown(0.6);
  doc
    .font('sans')
    .fontSize(10)
    .fillColor(INK)
    .text(f.t('evidence.report.intro', { k: 5 }), { width });

  heading(f.t('evidence.findings.title', { count: report.findings.length }));
  if (!report.findings.length) doc.font('sans').fontSize(10).fillColor(MUTED).text(f.t('evidence.report.noFindings'));
  report.findings.forEach((finding, i) => {
    ensureRoom(doc, 90);
    const about = [
      f.t(`evidence.priority.${finding.priority}`),
      finding.countryCodes.length
        ? finding.countryCodes.map(f.country).join(', ')
        : f.t('evidence.snapshot.allCountries'),
      ...finding.modules.map((m) => m.code),
    ].join(' · ');
    doc
      .font('sansBold')
      .fontSize(9)
      .fillColor(ACCENT)
      .text(`${f.t('evidence.report.finding', { n: i + 1 })} · ${about}`, MARGIN, doc.y, { width });
    const { text, note } = statementFor(f, finding, language, languageName);
    doc.font('serifBold').fontSize(12).fillColor(INK).text(text, { width });
    if (note) doc.font('sans').fontSize(8).fillColor(MUTED).text(note, { width });
    doc.moveDown(0.3);
    for (const c of finding.citations) citation(doc, f, c, 10);
    doc.moveDown(0.5);
  });

  heading(f.t('evidence.actions.title'));
  if (!report.actions.length) doc.font('sans').fontSize(10).fillColor(MUTED).text(f.t('evidence.actions.none'));
  for (const a of report.actions) {
    ensureRoom(doc, 80);
    const where = a.moduleVersion
      ? f.t('evidence.actions.inVersion', { code: a.module.code, version: a.moduleVersion.version })
      : a.module.code;
    doc
      .font('sansBold')
      .fontSize(9)
      .fillColor(ACCENT)
      .text(`${f.t(`evidence.actionStatus.${a.status}`)} · ${where}`, MARGIN, doc.y, { width });
    doc.font('serifBold').fontSize(12).fillColor(INK).text(a.change, { width });
    doc
      .font('sans')
      .fontSize(9)
      .fillColor(MUTED)
      .text(
        [
          f.t('evidence.actions.owner', { owner: a.owner }),
          a.dueOn && f.t('evidence.actions.due', { date: f.date(new Date(a.dueOn)) }),
        ]
          .filter(Boolean)
          .join(' · '),
        { width },
      );
    if (a.findings.length)
      doc.text(
        `${f.t('evidence.actions.answers', { count: a.findings.length })} ${a.findings.map((x) => x.statement).join(' · ')}`,
        {
          width,
        },
      );
    if (a.status === 'CHECKED' && a.checkBefore && a.checkAfter) {
      doc.moveDown(0.3);
      doc
        .font('sansBold')
        .fontSize(10)
        .fillColor(ACCENT)
        .text(f.t('evidence.actions.checkTitle'), MARGIN + 10, doc.y);
      snapshot(doc, f, f.t('evidence.actions.before'), a.checkBefore, 10);
      snapshot(doc, f, f.t('evidence.actions.after'), a.checkAfter, 10);
      if (a.checkNote)
        doc
          .font('sans')
          .fontSize(9.5)
          .fillColor(INK)
          .text(a.checkNote, MARGIN + 10, doc.y, { width: width - 10 });
    }
    doc.moveDown(0.8);
  }
  doc.end();
  return done;
}

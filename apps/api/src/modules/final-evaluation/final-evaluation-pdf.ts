import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';
import PDFDocument from 'pdfkit';
import { collectPdf } from '../../common/pdf-fonts';
import type { FinalEvaluationModel } from './final-evaluation.model';
import { FINAL_EVALUATION_TEXTS, type FinalEvaluationTexts } from './final-evaluation-texts';

const INK = '#1f2a44';
const MUTED = '#55607a';
const LINE = '#c5cad6';
const ROW = 15;

/** A number as the report prints it: the service's value in the reader's locale, no further rounding. */
export function formatFigure(value: number | null, language: string, percent = false): string {
  if (value === null) return '–';
  return new Intl.NumberFormat(language, {
    style: percent ? 'percent' : 'decimal',
    maximumFractionDigits: percent ? 0 : 3,
  }).format(value);
}

interface Column {
  label: string;
  width: number;
  align?: 'left' | 'right';
}

class Writer {
  readonly left: number;
  readonly width: number;

  constructor(
    readonly doc: PDFKit.PDFDocument,
    readonly t: FinalEvaluationTexts,
    readonly language: Locale,
  ) {
    this.left = doc.page.margins.left;
    this.width = doc.page.width - this.left - doc.page.margins.right;
  }

  private room(height: number) {
    if (this.doc.y + height > this.doc.page.height - this.doc.page.margins.bottom) this.doc.addPage();
  }

  heading(text: string, note?: string) {
    this.room(60);
    this.doc.moveDown(0.8).font('serifBold').fontSize(13).fillColor(INK).text(text, this.left, this.doc.y, {
      width: this.width,
    });
    if (note) this.doc.font('sans').fontSize(8.5).fillColor(MUTED).text(note, { width: this.width });
    this.doc.moveDown(0.4);
  }

  line(text: string) {
    this.room(ROW);
    this.doc.font('sans').fontSize(9).fillColor(INK).text(text, this.left, this.doc.y, { width: this.width });
  }

  table(columns: Column[], rows: string[][]) {
    if (!rows.length) return this.line(this.t.none);
    const total = columns.reduce((s, c) => s + c.width, 0);
    const widths = columns.map((c) => (c.width / total) * this.width);
    const draw = (cells: string[], bold: boolean) => {
      const height = Math.max(
        ROW,
        ...cells.map(
          (c, i) =>
            this.doc
              .font(bold ? 'sansBold' : 'sans')
              .fontSize(8.5)
              .heightOfString(c, { width: widths[i] - 6 }) + 4,
        ),
      );
      this.room(height);
      const y = this.doc.y;
      let x = this.left;
      cells.forEach((c, i) => {
        this.doc
          .font(bold ? 'sansBold' : 'sans')
          .fontSize(8.5)
          .fillColor(INK)
          .text(c, x + 3, y + 2, { width: widths[i] - 6, align: columns[i].align ?? 'left' });
        x += widths[i];
      });
      this.doc
        .moveTo(this.left, y + height)
        .lineTo(this.left + this.width, y + height)
        .strokeColor(LINE)
        .lineWidth(0.5)
        .stroke();
      this.doc.x = this.left;
      this.doc.y = y + height;
    };
    draw(
      columns.map((c) => c.label),
      true,
    );
    for (const r of rows) draw(r, false);
  }
}

/**
 * The final evaluation as an A4 report. It prints the `report` the page shows (the same service
 * call), section by section; only the fixed words come from this file, in the reader's language.
 */
export function finalEvaluationPdf(report: FinalEvaluationModel): Promise<Buffer> {
  const language: Locale = isLocale(report.language) ? report.language : DEFAULT_LOCALE;
  const t = FINAL_EVALUATION_TEXTS[language];
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `${t.title}: ${report.editionName}` },
    lang: language,
  });
  const done = collectPdf(doc);
  const w = new Writer(doc, t, language);
  const f = (v: number | null) => formatFigure(v, language);
  const pct = (v: number | null) => formatFigure(v, language, true);
  const who = (country: string | null) => country ?? t.all;
  const side = (s: string | null) => (s === 'SCHOOL' ? t.school : s === 'COMPANY' ? t.company : t.all);

  doc.font('serifBold').fontSize(20).fillColor(INK).text(t.title, w.left, doc.page.margins.top, { width: w.width });
  doc.font('sans').fontSize(10).fillColor(MUTED);
  doc.text(`${t.edition}: ${report.editionName}`);
  doc.text(`${t.countries}: ${report.scope === 'ALL' ? t.allCountries : report.countryCodes.join(', ')}`);
  doc.text(
    `${t.computedAt}: ${new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(report.computedAt)}`,
  );
  doc.text(t.suppressedNote(report.minGroupSize));

  w.heading(t.competence, t.competenceNote);
  if (report.competenceAreas.length)
    w.line(`${t.areas}: ${report.competenceAreas.map((a) => `${a.code} – ${a.title}`).join('; ')}`);
  doc.moveDown(0.3);
  w.table(
    [
      { label: t.area, width: 1.4 },
      { label: t.country, width: 1.4 },
      { label: t.side, width: 1.6 },
      { label: t.n, width: 0.9, align: 'right' },
      { label: t.baseline, width: 1.4, align: 'right' },
      { label: t.final, width: 1.4, align: 'right' },
      { label: t.change, width: 1.4, align: 'right' },
      { label: t.interval, width: 2.4, align: 'right' },
      { label: t.effect, width: 1, align: 'right' },
    ],
    report.competenceChange.map((c) => [
      c.areaCode,
      who(c.countryCode),
      side(c.side),
      f(c.n),
      f(c.meanBaseline),
      f(c.meanFinal),
      f(c.meanChange),
      c.ciLow === null ? '–' : `${f(c.ciLow)} … ${f(c.ciHigh)}`,
      f(c.effectSize),
    ]),
  );

  w.heading(t.satisfaction, report.satisfactionQuestion ?? undefined);
  w.table(
    [
      { label: t.module, width: 2 },
      { label: t.version, width: 1.2 },
      { label: t.country, width: 1.4 },
      { label: t.n, width: 1, align: 'right' },
      { label: t.mean, width: 1.2, align: 'right' },
      { label: t.high, width: 1.2, align: 'right' },
    ],
    report.satisfaction.map((s) => [
      s.moduleCode,
      s.moduleVersion === null ? t.all : `v${s.moduleVersion}`,
      who(s.countryCode),
      f(s.count),
      f(s.mean),
      pct(s.shareHigh),
    ]),
  );

  const c = report.completion;
  w.heading(t.completion);
  w.line(`${t.target}: ${f(c.target)} · ${t.trained}: ${f(c.trained)} · ${t.registered}: ${f(c.registered)}`);
  doc.moveDown(0.3);
  w.table(
    [
      { label: t.country, width: 1.4 },
      { label: t.side, width: 1.6 },
      { label: t.registered, width: 1.4, align: 'right' },
      { label: t.trained, width: 1.4, align: 'right' },
      { label: t.target, width: 1.4, align: 'right' },
    ],
    c.cells.map((x) => [x.countryCode, side(x.side), f(x.registered), f(x.trained), f(x.target)]),
  );

  w.heading(t.actions);
  const snap = (s: FinalEvaluationModel['improvementActions'][number]['checkBefore']) =>
    s ? `${f(s.value)} (${t.n} ${f(s.groupSize)})` : '–';
  w.table(
    [
      { label: t.module, width: 1.4 },
      { label: t.status, width: 1.4 },
      { label: t.change, width: 4.5 },
      { label: t.before, width: 1.6, align: 'right' },
      { label: t.after, width: 1.6, align: 'right' },
    ],
    report.improvementActions.map((a) => [
      a.moduleVersion ? `${a.module.code} v${a.moduleVersion.version}` : a.module.code,
      t.statuses[a.status as keyof FinalEvaluationTexts['statuses']],
      a.checkNote ? `${a.change}\n${a.checkNote}` : a.change,
      snap(a.checkBefore),
      snap(a.checkAfter),
    ]),
  );

  w.heading(t.finalSurvey);
  if (!report.finalSurveyResults.length) w.line(t.none);
  for (const r of report.finalSurveyResults) {
    w.line(`${t.country}: ${who(r.countryCode)} · ${t.responses}: ${f(r.responseCount)}`);
    w.table(
      [
        { label: t.question, width: 6 },
        { label: t.n, width: 1, align: 'right' },
        { label: t.mean, width: 1.2, align: 'right' },
      ],
      r.questions
        .filter((q) => q.type !== 'TEXT')
        .map((q) => [
          `${q.code} ${q.text}`,
          f(q.count),
          q.mean !== null
            ? f(q.mean)
            : q.distribution
                .filter((d) => d.count)
                .map((d) => `${d.label} ${d.count}`)
                .join(', ') || '–',
        ]),
    );
  }
  doc.end();
  return done;
}

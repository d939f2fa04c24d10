import { intlLocale } from '@tandem/shared-i18n';
import { isLocale } from '@tandem/shared-domain';
import { translator, type Translate } from '../../common/catalogue-text';
import type { CitationModel, EvidenceSnapshotModel } from './evidence.model';

/**
 * What the evidence documents (the interim analysis report, the policy briefs) share: the reader's
 * formats and fixed texts, and a cited snapshot in the words of the page's EvidenceFigure.
 */

export const INK = '#1f2a44';
export const ACCENT = '#1c5d7a';
export const MUTED = '#55607a';
export const MARGIN = 56;

export interface Formats {
  t: Translate;
  number: (v: number) => string;
  date: (d: Date) => string;
  country: (code: string) => string;
}

export function formats(language: string): Formats {
  const tag = intlLocale(isLocale(language) ? language : 'en');
  const numbers = new Intl.NumberFormat(tag);
  const dates = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const regions = new Intl.DisplayNames([tag], { type: 'region', fallback: 'code' });
  return {
    t: translator(language),
    number: (v) => numbers.format(v),
    date: (d) => dates.format(d),
    country: (code) => regions.of(code) ?? code,
  };
}

/** One snapshot in the words of the page's EvidenceFigure (the same catalogue keys, the same numbers). */
export function evidenceLines(f: Formats, s: EvidenceSnapshotModel): { figure: string; group: string } {
  const group = [
    s.countryCode ? f.country(s.countryCode) : f.t('evidence.snapshot.allCountries'),
    s.side ? f.t(`evidence.side.${s.side}`) : f.t('evidence.snapshot.bothSides'),
  ].join(', ');
  const figure = s.quote
    ? `“${s.quote}”`
    : (s.value === null
        ? f.t('evidence.snapshot.distributionOnly')
        : f.t('evidence.snapshot.value', { value: f.number(s.value) })) +
      (s.change !== null
        ? ` · ${f.t('evidence.snapshot.change', { value: f.number(s.change), n: s.changeCount ?? 0 })}`
        : '');
  return {
    figure,
    group: `${f.t('evidence.snapshot.group', { group, n: s.groupSize })} · ${f.t('evidence.snapshot.takenAt', { date: f.date(s.takenAt) })}`,
  };
}

export function ensureRoom(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN) doc.addPage();
}

export function citation(doc: PDFKit.PDFDocument, f: Formats, c: CitationModel, indent: number): void {
  snapshot(doc, f, f.t(`evidence.kind.${c.kind}`), c.snapshot, indent);
}

/** A snapshot under a label (its kind, or "Before" / "After" of a check): question, figure, group and count. */
export function snapshot(
  doc: PDFKit.PDFDocument,
  f: Formats,
  label: string,
  s: EvidenceSnapshotModel,
  indent: number,
): void {
  const width = doc.page.width - 2 * MARGIN - indent;
  const { figure, group } = evidenceLines(f, s);
  ensureRoom(doc, 60);
  const x = MARGIN + indent;
  doc.font('sansBold').fontSize(7.5).fillColor(MUTED).text(label.toUpperCase(), x, doc.y, {
    width,
    characterSpacing: 0.4,
  });
  if (s.question) doc.font('sans').fontSize(9.5).fillColor(INK).text(s.question, x, doc.y, { width });
  doc
    .font(s.quote ? 'serif' : 'sansBold')
    .fontSize(9.5)
    .fillColor(INK)
    .text(figure, x, doc.y, { width });
  doc.font('sans').fontSize(8).fillColor(MUTED).text(group, x, doc.y, { width });
  doc.moveDown(0.5);
}

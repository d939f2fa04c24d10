import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';
import PDFDocument from 'pdfkit';
import { collectPdf } from '../../common/pdf-fonts';
import type { SessionView } from './session-views';

/** The sheet's words in the trainer's language (it is printed, so no catalogue of the web app). */
const TEXTS: Record<
  Locale,
  Record<'title' | 'when' | 'where' | 'trainers' | 'name' | 'organisation' | 'signature' | 'online' | 'count', string>
> = {
  en: {
    title: 'Sign-in sheet',
    when: 'When',
    where: 'Where',
    trainers: 'Trainers',
    name: 'Name',
    organisation: 'Organisation',
    signature: 'Signature',
    online: 'Online',
    count: 'Participants',
  },
  et: {
    title: 'Osalejate allkirjaleht',
    when: 'Aeg',
    where: 'Koht',
    trainers: 'Koolitajad',
    name: 'Nimi',
    organisation: 'Organisatsioon',
    signature: 'Allkiri',
    online: 'Veebis',
    count: 'Osalejaid',
  },
  lv: {
    title: 'Dalībnieku parakstu lapa',
    when: 'Laiks',
    where: 'Vieta',
    trainers: 'Pasniedzēji',
    name: 'Vārds, uzvārds',
    organisation: 'Organizācija',
    signature: 'Paraksts',
    online: 'Tiešsaistē',
    count: 'Dalībnieki',
  },
  lt: {
    title: 'Dalyvių registracijos lapas',
    when: 'Laikas',
    where: 'Vieta',
    trainers: 'Mokytojai',
    name: 'Vardas, pavardė',
    organisation: 'Organizacija',
    signature: 'Parašas',
    online: 'Nuotoliniu būdu',
    count: 'Dalyviai',
  },
  ru: {
    title: 'Лист регистрации участников',
    when: 'Время',
    where: 'Место',
    trainers: 'Тренеры',
    name: 'Имя и фамилия',
    organisation: 'Организация',
    signature: 'Подпись',
    online: 'Онлайн',
    count: 'Участники',
  },
};

export interface SignInSheetPerson {
  name: string;
  organisation: string;
}

const INK = '#1f2a44';
const LINE = '#8a93a6';
const ROW = 30;

function when(session: SessionView, language: Locale): string {
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone: session.timeZone }).format(
    session.startsAt,
  );
  const time = new Intl.DateTimeFormat(language, { timeStyle: 'short', timeZone: session.timeZone });
  return `${day}, ${time.format(session.startsAt)}–${time.format(session.endsAt)} (${session.timeZone})`;
}

/**
 * A printable A4 sign-in sheet for the session's confirmed participants: a row per person with
 * an empty signature box, empty rows for walk-ins, and the session's facts at the top of each page.
 * Names the person has not let the roster show are printed as the roster shows them (withheld).
 */
export function signInSheetPdf(
  session: SessionView,
  people: readonly SignInSheetPerson[],
  requested: string,
): Promise<Buffer> {
  const language: Locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const t = TEXTS[language];
  const title = session.moduleTitle[language] ?? session.moduleTitle['en'] ?? '';
  const doc = new PDFDocument({
    size: 'A4',
    margin: 48,
    info: { Title: `${t.title}: ${session.moduleCode}` },
    lang: language,
  });
  const done = collectPdf(doc);

  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const columns = [
    { label: '#', width: 28 },
    { label: t.name, width: width * 0.36 },
    { label: t.organisation, width: width * 0.3 },
    { label: t.signature, width: width - 28 - width * 0.66 },
  ];

  const header = () => {
    doc.fillColor(INK).font('serifBold').fontSize(16).text(t.title, left, doc.page.margins.top, { width });
    doc.font('sansBold').fontSize(11).text(`${session.moduleCode} · ${title}`, { width });
    doc.font('sans').fontSize(9.5);
    doc.text(`${t.when}: ${when(session, language)}`, { width });
    doc.text(`${t.where}: ${session.venue ?? t.online}`, { width });
    if (session.trainers.length)
      doc.text(`${t.trainers}: ${session.trainers.map((p) => p.name).join(', ')}`, { width });
    doc.text(`${t.count}: ${people.length}`, { width });
    doc.moveDown(0.8);
    let x = left;
    const y = doc.y;
    doc.font('sansBold').fontSize(9.5);
    for (const c of columns) {
      doc.text(c.label, x + 4, y, { width: c.width - 8 });
      x += c.width;
    }
    doc
      .moveTo(left, y + 16)
      .lineTo(left + width, y + 16)
      .strokeColor(INK)
      .lineWidth(1)
      .stroke();
    doc.y = y + 18;
  };

  header();
  // Room for a few people who turn up without a booking.
  const rows: (SignInSheetPerson | null)[] = [
    ...people,
    ...Array.from({ length: Math.max(3, 20 - people.length) }, () => null),
  ];
  rows.forEach((person, i) => {
    if (doc.y + ROW > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      header();
    }
    const y = doc.y;
    let x = left;
    doc.font('sans').fontSize(9.5).fillColor(INK);
    const cells = [String(i + 1), person?.name ?? '', person?.organisation ?? ''];
    cells.forEach((cell, c) => {
      doc.text(cell, x + 4, y + 9, { width: columns[c].width - 8, height: ROW - 10, ellipsis: true });
      x += columns[c].width;
    });
    doc
      .moveTo(left, y + ROW)
      .lineTo(left + width, y + ROW)
      .strokeColor(LINE)
      .lineWidth(0.5)
      .stroke();
    doc.y = y + ROW;
  });
  doc.end();
  return done;
}

import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';

const TEXTS: Record<Locale, Record<string, string>> = {
  en: {
    title: 'Your data in Tandem',
    intro:
      'This is everything the Tandem platform holds about you, as of {date}. The file data.json has the same in a machine-readable form; the folder files/ holds the files you uploaded or that belong to your submissions.',
    empty: 'Nothing recorded.',
    profile: 'Profile',
    roles: 'Roles',
    tandems: 'Tandems',
    enrolments: 'Enrolments',
    attendance: 'Attendance',
    selfAssessments: 'Self-assessments',
    submissions: 'Submissions',
    certificates: 'Certificates',
    consents: 'Consents in force',
    consentHistory: 'History of your consents',
    signIns: 'Sign-ins',
    signInAttempts: 'Sign-in attempts',
    auditEvents: 'Changes and reads recorded about you',
    files: 'Files',
  },
  et: {
    title: 'Sinu andmed Tandemis',
    intro:
      'Siin on kõik, mida Tandemi platvorm sinu kohta seisuga {date} hoiab. Fail data.json sisaldab sama masinloetaval kujul; kaustas files/ on failid, mille sa üles laadisid või mis kuuluvad sinu esitustele.',
    empty: 'Midagi pole salvestatud.',
    profile: 'Profiil',
    roles: 'Rollid',
    tandems: 'Tandemid',
    enrolments: 'Registreerimised',
    attendance: 'Osalemine',
    selfAssessments: 'Enesehindamised',
    submissions: 'Esitused',
    certificates: 'Tunnistused',
    consents: 'Kehtivad nõusolekud',
    consentHistory: 'Sinu nõusolekute ajalugu',
    signIns: 'Sisselogimised',
    signInAttempts: 'Sisselogimiskatsed',
    auditEvents: 'Sinu kohta salvestatud muudatused ja vaatamised',
    files: 'Failid',
  },
  lv: {
    title: 'Jūsu dati Tandem',
    intro:
      'Šeit ir viss, ko Tandem platforma par jums glabā {date}. Failā data.json ir tas pats mašīnlasāmā veidā; mapē files/ ir faili, ko augšupielādējāt vai kas pieder jūsu iesniegumiem.',
    empty: 'Nekas nav reģistrēts.',
    profile: 'Profils',
    roles: 'Lomas',
    tandems: 'Tandēmi',
    enrolments: 'Pieteikumi',
    attendance: 'Apmeklējums',
    selfAssessments: 'Pašnovērtējumi',
    submissions: 'Iesniegumi',
    certificates: 'Sertifikāti',
    consents: 'Spēkā esošās piekrišanas',
    consentHistory: 'Jūsu piekrišanu vēsture',
    signIns: 'Pieteikšanās',
    signInAttempts: 'Pieteikšanās mēģinājumi',
    auditEvents: 'Par jums reģistrētās izmaiņas un skatījumi',
    files: 'Faili',
  },
  lt: {
    title: 'Jūsų duomenys Tandem',
    intro:
      'Čia yra viskas, ką Tandem platforma apie jus saugo {date}. Faile data.json yra tas pats mašininiu būdu skaitomu pavidalu; aplanke files/ yra failai, kuriuos įkėlėte arba kurie priklauso jūsų pateikimams.',
    empty: 'Nieko neužregistruota.',
    profile: 'Profilis',
    roles: 'Vaidmenys',
    tandems: 'Tandemai',
    enrolments: 'Registracijos',
    attendance: 'Lankomumas',
    selfAssessments: 'Įsivertinimai',
    submissions: 'Pateikimai',
    certificates: 'Pažymėjimai',
    consents: 'Galiojantys sutikimai',
    consentHistory: 'Jūsų sutikimų istorija',
    signIns: 'Prisijungimai',
    signInAttempts: 'Bandymai prisijungti',
    auditEvents: 'Apie jus užregistruoti pakeitimai ir peržiūros',
    files: 'Failai',
  },
  ru: {
    title: 'Ваши данные в Tandem',
    intro:
      'Здесь всё, что платформа Tandem хранит о вас на {date}. В файле data.json то же самое в машиночитаемом виде; в папке files/ — файлы, которые вы загрузили или которые относятся к вашим работам.',
    empty: 'Ничего не записано.',
    profile: 'Профиль',
    roles: 'Роли',
    tandems: 'Тандемы',
    enrolments: 'Записи на занятия',
    attendance: 'Посещаемость',
    selfAssessments: 'Самооценки',
    submissions: 'Работы',
    certificates: 'Сертификаты',
    consents: 'Действующие согласия',
    consentHistory: 'История ваших согласий',
    signIns: 'Входы',
    signInAttempts: 'Попытки входа',
    auditEvents: 'Записанные изменения и просмотры ваших данных',
    files: 'Файлы',
  },
};

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

const escape = (v: unknown): string => String(v ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);

const cell = (v: unknown): string => escape(v !== null && typeof v === 'object' ? JSON.stringify(v) : v);

function table(rows: unknown[], empty: string): string {
  if (!rows.length) return `<p>${escape(empty)}</p>`;
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r as object)))];
  const head = columns.map((c) => `<th scope="col">${escape(c)}</th>`).join('');
  const body = rows
    .map((r) => `<tr>${columns.map((c) => `<td>${cell((r as Record<string, unknown>)[c])}</td>`).join('')}</tr>`)
    .join('');
  return `<table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
}

/** The readable summary of an export (index.html in the ZIP), in the person's language. */
export function renderSummary(
  language: string,
  generatedAt: Date,
  sections: Record<string, unknown[]>,
  files: { file_name: string }[],
): string {
  const locale: Locale = isLocale(language) ? language : DEFAULT_LOCALE;
  const t = TEXTS[locale];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(
    generatedAt,
  );
  const parts = Object.entries(sections).map(
    ([name, rows]) => `<section><h2>${escape(t[name] ?? name)}</h2>${table(rows, t.empty)}</section>`,
  );
  const fileList = files.length
    ? `<ul>${files.map((f) => `<li>${escape(f.file_name)}</li>`).join('')}</ul>`
    : `<p>${escape(t.empty)}</p>`;
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escape(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:70rem}table{border-collapse:collapse;margin-bottom:1rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top;font-size:.9rem}</style>
</head><body><h1>${escape(t.title)}</h1><p>${escape(t.intro.replace('{date}', date))}</p>
${parts.join('\n')}
<section><h2>${escape(t.files)}</h2>${fileList}</section>
</body></html>`;
}

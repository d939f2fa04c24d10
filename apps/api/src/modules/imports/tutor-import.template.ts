import type { Locale } from '@tandem/shared-domain';
import ExcelJS from 'exceljs';
import { TUTOR_IMPORT_COLUMNS, type TutorImportColumn } from './tutor-import.parser';

/** The sheet names stay the same in every language: the import reads the first sheet, whatever its name. */
export const TEMPLATE_SHEET = 'Tutors';
export const HELP_SHEET = 'Help';

/** One filled-in row, so that the format of each column is seen at once (the help says to replace it). */
export const TEMPLATE_EXAMPLE: Record<TutorImportColumn, string | number> = {
  email: 'mari.tamm@example.com',
  given_name: 'Mari',
  family_name: 'Tamm',
  organisation_registry_code: '10456731',
  occupation_field: 'Welding',
  years_of_experience: 12,
  languages: 'et,en',
  preferred_language: 'et',
};

interface ColumnHelp {
  meaning: string;
  required: boolean;
  format: string;
}

interface HelpTexts {
  title: string;
  intro: string;
  headings: { column: string; meaning: string; required: string; format: string; example: string };
  yes: string;
  no: string;
  columns: Record<TutorImportColumn, ColumnHelp>;
}

/** The help sheet in the five languages, written for the coordinator who fills in the file. */
export const TEMPLATE_HELP: Record<Locale, HelpTexts> = {
  en: {
    title: 'Tutor import: the columns',
    intro:
      'Fill in one tutor per row on the sheet "Tutors" and replace the example row. Keep the header row as it is. Save as XLSX, or as "CSV UTF-8".',
    headings: { column: 'Column', meaning: 'Meaning', required: 'Required', format: 'Format', example: 'Example' },
    yes: 'yes',
    no: 'no',
    columns: {
      email: {
        meaning: 'The tutor’s e-mail address. A tutor already in Tandem is matched by it and updated.',
        required: true,
        format: 'An e-mail address, once per file',
      },
      given_name: { meaning: 'Given name', required: true, format: 'Text, up to 100 characters' },
      family_name: { meaning: 'Family name', required: true, format: 'Text, up to 100 characters' },
      organisation_registry_code: {
        meaning:
          'Registry code of the school or company that employs the tutor; it must already be in the network of your country.',
        required: true,
        format: 'The code as in the business or institution register',
      },
      occupation_field: {
        meaning: 'The occupation or field the tutor teaches or works in',
        required: false,
        format: 'Text, up to 200 characters',
      },
      years_of_experience: {
        meaning: 'Years of experience as a tutor or in the occupation',
        required: false,
        format: 'A whole number from 0 to 70',
      },
      languages: {
        meaning: 'Languages the tutor can work in',
        required: false,
        format: 'Two-letter language codes separated by commas',
      },
      preferred_language: {
        meaning: 'Language of the invitation e-mail and of the account',
        required: false,
        format: 'en, et, lv, lt or ru (en when empty)',
      },
    },
  },
  et: {
    title: 'Juhendajate import: veerud',
    intro:
      'Täida lehel „Tutors“ iga juhendaja kohta üks rida ja asenda näidisrida. Jäta päiserida muutmata. Salvesta XLSX-failina või kujul „CSV UTF-8“.',
    headings: { column: 'Veerg', meaning: 'Tähendus', required: 'Kohustuslik', format: 'Vorming', example: 'Näide' },
    yes: 'jah',
    no: 'ei',
    columns: {
      email: {
        meaning:
          'Juhendaja e-posti aadress. Tandemis juba olev juhendaja leitakse selle järgi ja tema andmeid uuendatakse.',
        required: true,
        format: 'E-posti aadress, failis üks kord',
      },
      given_name: { meaning: 'Eesnimi', required: true, format: 'Tekst, kuni 100 märki' },
      family_name: { meaning: 'Perekonnanimi', required: true, format: 'Tekst, kuni 100 märki' },
      organisation_registry_code: {
        meaning:
          'Juhendaja tööandjaks oleva kooli või ettevõtte registrikood; see peab juba olema sinu riigi võrgustikus.',
        required: true,
        format: 'Kood nagu äri- või asutuste registris',
      },
      occupation_field: {
        meaning: 'Kutseala või valdkond, milles juhendaja õpetab või töötab',
        required: false,
        format: 'Tekst, kuni 200 märki',
      },
      years_of_experience: {
        meaning: 'Kogemus aastates juhendajana või kutsealal',
        required: false,
        format: 'Täisarv 0 kuni 70',
      },
      languages: {
        meaning: 'Keeled, milles juhendaja saab töötada',
        required: false,
        format: 'Komadega eraldatud kahetähelised keelekoodid',
      },
      preferred_language: {
        meaning: 'Kutse e-kirja ja konto keel',
        required: false,
        format: 'en, et, lv, lt või ru (tühja korral en)',
      },
    },
  },
  lv: {
    title: 'Prakses vadītāju imports: kolonnas',
    intro:
      'Lapā “Tutors” aizpildiet vienu rindu katram prakses vadītājam un aizstājiet parauga rindu. Galvenes rindu nemainiet. Saglabājiet kā XLSX vai kā “CSV UTF-8”.',
    headings: { column: 'Kolonna', meaning: 'Nozīme', required: 'Obligāts', format: 'Formāts', example: 'Piemērs' },
    yes: 'jā',
    no: 'nē',
    columns: {
      email: {
        meaning:
          'Prakses vadītāja e-pasta adrese. Pēc tās atpazīst Tandem jau esošu prakses vadītāju un atjaunina viņa datus.',
        required: true,
        format: 'E-pasta adrese, failā vienu reizi',
      },
      given_name: { meaning: 'Vārds', required: true, format: 'Teksts, līdz 100 rakstzīmēm' },
      family_name: { meaning: 'Uzvārds', required: true, format: 'Teksts, līdz 100 rakstzīmēm' },
      organisation_registry_code: {
        meaning:
          'Tās skolas vai uzņēmuma reģistrācijas numurs, kurā prakses vadītājs strādā; tai jau jābūt jūsu valsts tīklā.',
        required: true,
        format: 'Numurs kā uzņēmumu vai iestāžu reģistrā',
      },
      occupation_field: {
        meaning: 'Profesija vai joma, kurā prakses vadītājs māca vai strādā',
        required: false,
        format: 'Teksts, līdz 200 rakstzīmēm',
      },
      years_of_experience: {
        meaning: 'Pieredze gados kā prakses vadītājam vai profesijā',
        required: false,
        format: 'Vesels skaitlis no 0 līdz 70',
      },
      languages: {
        meaning: 'Valodas, kurās prakses vadītājs var strādāt',
        required: false,
        format: 'Ar komatiem atdalīti divburtu valodu kodi',
      },
      preferred_language: {
        meaning: 'Ielūguma e-pasta un konta valoda',
        required: false,
        format: 'en, et, lv, lt vai ru (ja tukšs, en)',
      },
    },
  },
  lt: {
    title: 'Vadovų importas: stulpeliai',
    intro:
      'Lape „Tutors“ kiekvienam vadovui užpildykite po vieną eilutę ir pakeiskite pavyzdinę eilutę. Antraštės eilutės nekeiskite. Išsaugokite kaip XLSX arba „CSV UTF-8“.',
    headings: {
      column: 'Stulpelis',
      meaning: 'Reikšmė',
      required: 'Privalomas',
      format: 'Formatas',
      example: 'Pavyzdys',
    },
    yes: 'taip',
    no: 'ne',
    columns: {
      email: {
        meaning:
          'Vadovo el. pašto adresas. Pagal jį atpažįstamas Tandem jau esantis vadovas ir atnaujinami jo duomenys.',
        required: true,
        format: 'El. pašto adresas, faile vieną kartą',
      },
      given_name: { meaning: 'Vardas', required: true, format: 'Tekstas, iki 100 simbolių' },
      family_name: { meaning: 'Pavardė', required: true, format: 'Tekstas, iki 100 simbolių' },
      organisation_registry_code: {
        meaning: 'Mokyklos ar įmonės, kurioje dirba vadovas, registro kodas; ji jau turi būti jūsų šalies tinkle.',
        required: true,
        format: 'Kodas kaip įmonių ar įstaigų registre',
      },
      occupation_field: {
        meaning: 'Profesija ar sritis, kurioje vadovas moko ar dirba',
        required: false,
        format: 'Tekstas, iki 200 simbolių',
      },
      years_of_experience: {
        meaning: 'Patirtis metais kaip vadovo ar profesijoje',
        required: false,
        format: 'Sveikasis skaičius nuo 0 iki 70',
      },
      languages: {
        meaning: 'Kalbos, kuriomis vadovas gali dirbti',
        required: false,
        format: 'Kableliais atskirti dviraidžiai kalbų kodai',
      },
      preferred_language: {
        meaning: 'Kvietimo laiško ir paskyros kalba',
        required: false,
        format: 'en, et, lv, lt arba ru (jei tuščia, en)',
      },
    },
  },
  ru: {
    title: 'Импорт наставников: столбцы',
    intro:
      'На листе «Tutors» заполните по одной строке на наставника и замените строку-пример. Строку заголовков не меняйте. Сохраните как XLSX или как «CSV UTF-8».',
    headings: { column: 'Столбец', meaning: 'Значение', required: 'Обязательно', format: 'Формат', example: 'Пример' },
    yes: 'да',
    no: 'нет',
    columns: {
      email: {
        meaning:
          'Адрес эл. почты наставника. По нему находится наставник, уже зарегистрированный в Tandem, и его данные обновляются.',
        required: true,
        format: 'Адрес эл. почты, один раз в файле',
      },
      given_name: { meaning: 'Имя', required: true, format: 'Текст, до 100 символов' },
      family_name: { meaning: 'Фамилия', required: true, format: 'Текст, до 100 символов' },
      organisation_registry_code: {
        meaning:
          'Регистрационный код школы или компании, где работает наставник; она уже должна быть в сети вашей страны.',
        required: true,
        format: 'Код, как в реестре предприятий или учреждений',
      },
      occupation_field: {
        meaning: 'Профессия или область, в которой наставник обучает или работает',
        required: false,
        format: 'Текст, до 200 символов',
      },
      years_of_experience: {
        meaning: 'Опыт в годах в качестве наставника или в профессии',
        required: false,
        format: 'Целое число от 0 до 70',
      },
      languages: {
        meaning: 'Языки, на которых наставник может работать',
        required: false,
        format: 'Двухбуквенные коды языков через запятую',
      },
      preferred_language: {
        meaning: 'Язык письма-приглашения и учётной записи',
        required: false,
        format: 'en, et, lv, lt или ru (en, если пусто)',
      },
    },
  },
};

/**
 * The XLSX template: the sheet "Tutors" with the header row and one example row, and the sheet
 * "Help" describing each column in `language`. Header cells stay the machine names the import reads.
 */
export async function tutorTemplateXlsx(language: Locale): Promise<Buffer> {
  const help = TEMPLATE_HELP[language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tandem';
  const sheet = workbook.addWorksheet(TEMPLATE_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TUTOR_IMPORT_COLUMNS.map((column) => ({
    header: column,
    key: column,
    width: Math.max(16, column.length + 4),
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.addRow(TEMPLATE_EXAMPLE);
  // Text cells: a spreadsheet program must not turn codes into numbers (leading zeros) or dates.
  for (const column of TUTOR_IMPORT_COLUMNS) if (column !== 'years_of_experience') sheet.getColumn(column).numFmt = '@';

  const sheetHelp = workbook.addWorksheet(HELP_SHEET);
  sheetHelp.columns = [{ width: 28 }, { width: 60 }, { width: 12 }, { width: 40 }, { width: 24 }];
  sheetHelp.addRow([help.title]).font = { bold: true, size: 14 };
  sheetHelp.addRow([help.intro]);
  sheetHelp.addRow([]);
  const headings = sheetHelp.addRow([
    help.headings.column,
    help.headings.meaning,
    help.headings.required,
    help.headings.format,
    help.headings.example,
  ]);
  headings.font = { bold: true };
  for (const column of TUTOR_IMPORT_COLUMNS) {
    const c = help.columns[column];
    sheetHelp.addRow([
      column,
      c.meaning,
      c.required ? help.yes : help.no,
      c.format,
      String(TEMPLATE_EXAMPLE[column]),
    ]).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

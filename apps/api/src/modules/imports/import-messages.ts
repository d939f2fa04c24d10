import { DEFAULT_LOCALE, isLocale, type Locale } from '@tandem/shared-domain';

/** Messages of the tutor import, in the uploader's language (they read them in the dry-run report). */
const MESSAGES = {
  REQUIRED: { en: 'is required', et: 'on kohustuslik', lv: 'ir obligāts', lt: 'yra privalomas', ru: 'обязательно' },
  INVALID_EMAIL: {
    en: 'is not an e-mail address',
    et: 'ei ole e-posti aadress',
    lv: 'nav e-pasta adrese',
    lt: 'nėra el. pašto adresas',
    ru: 'не является адресом эл. почты',
  },
  DUPLICATE_EMAIL: {
    en: 'appears more than once in the file (also in row {other})',
    et: 'esineb failis mitu korda (ka real {other})',
    lv: 'failā ir vairāk nekā vienu reizi (arī {other}. rindā)',
    lt: 'faile pasikartoja (taip pat {other} eilutėje)',
    ru: 'встречается в файле несколько раз (также в строке {other})',
  },
  /** Says nothing about whose address it is (no account outside the uploader's scope is confirmed, issue 17). */
  OTHER_COUNTRY: {
    en: 'cannot be imported from this file; ask the programme administrator to add this person',
    et: 'seda ei saa sellest failist importida; palu programmi administraatoril see isik lisada',
    lv: 'to nevar importēt no šī faila; lūdziet programmas administratoru pievienot šo personu',
    lt: 'šio failo negalima importuoti; paprašykite programos administratoriaus pridėti šį asmenį',
    ru: 'нельзя импортировать из этого файла; попросите администратора программы добавить этого человека',
  },
  UNKNOWN_ORGANISATION: {
    en: 'is not the registry code of an organisation of {country} in the network',
    et: 'ei ole võrgustiku {country} organisatsiooni registrikood',
    lv: 'nav tīkla {country} organizācijas reģistrācijas numurs',
    lt: 'nėra tinklo {country} organizacijos registro kodas',
    ru: 'не является регистрационным кодом организации сети ({country})',
  },
  NOT_TUTOR_ORGANISATION: {
    en: 'is not a VET institution or a company',
    et: 'ei ole kutseõppeasutus ega ettevõte',
    lv: 'nav profesionālās izglītības iestāde vai uzņēmums',
    lt: 'nėra profesinio mokymo įstaiga ar įmonė',
    ru: 'не является учреждением профобразования или компанией',
  },
  INVALID_YEARS: {
    en: 'must be a whole number from 0 to 70',
    et: 'peab olema täisarv 0 kuni 70',
    lv: 'jābūt veselam skaitlim no 0 līdz 70',
    lt: 'turi būti sveikasis skaičius nuo 0 iki 70',
    ru: 'должно быть целым числом от 0 до 70',
  },
  INVALID_LANGUAGES: {
    en: 'must be two-letter language codes separated by commas, e.g. et,en',
    et: 'peavad olema komadega eraldatud kahetähelised keelekoodid, nt et,en',
    lv: 'jābūt ar komatiem atdalītiem divburtu valodu kodiem, piem., lv,en',
    lt: 'turi būti kableliais atskirti dviraidžiai kalbų kodai, pvz., lt,en',
    ru: 'должны быть двухбуквенные коды языков через запятую, напр. ru,en',
  },
  INVALID_PREFERRED_LANGUAGE: {
    en: 'must be one of en, et, lv, lt, ru',
    et: 'peab olema üks järgmistest: en, et, lv, lt, ru',
    lv: 'jābūt vienam no: en, et, lv, lt, ru',
    lt: 'turi būti vienas iš: en, et, lv, lt, ru',
    ru: 'должен быть одним из: en, et, lv, lt, ru',
  },
  TOO_LONG: {
    en: 'is longer than {max} characters',
    et: 'on pikem kui {max} märki',
    lv: 'ir garāks par {max} rakstzīmēm',
    lt: 'ilgesnis nei {max} simbolių',
    ru: 'длиннее {max} символов',
  },
  MISSING_COLUMNS: {
    en: 'lacks the columns: {columns}',
    et: 'puuduvad veerud: {columns}',
    lv: 'trūkst kolonnu: {columns}',
    lt: 'trūksta stulpelių: {columns}',
    ru: 'нет столбцов: {columns}',
  },
  NOT_UTF8: {
    en: 'is not UTF-8 text: save the CSV as "CSV UTF-8" and upload it again',
    et: 'ei ole UTF-8 tekst: salvesta CSV kujul „CSV UTF-8“ ja laadi uuesti üles',
    lv: 'nav UTF-8 teksts: saglabājiet CSV kā “CSV UTF-8” un augšupielādējiet vēlreiz',
    lt: 'nėra UTF-8 tekstas: išsaugokite CSV kaip „CSV UTF-8“ ir įkelkite dar kartą',
    ru: 'не в кодировке UTF-8: сохраните CSV как «CSV UTF-8» и загрузите снова',
  },
  NO_ROWS: {
    en: 'has no rows of tutors',
    et: 'ei sisalda ühtegi juhendajat',
    lv: 'nesatur nevienu prakses vadītāju',
    lt: 'nėra nė vieno vadovo eilutės',
    ru: 'не содержит ни одной строки',
  },
  TOO_MANY_ROWS: {
    en: 'has more than {max} rows',
    et: 'sisaldab üle {max} rea',
    lv: 'satur vairāk nekā {max} rindas',
    lt: 'turi daugiau nei {max} eilučių',
    ru: 'содержит более {max} строк',
  },
  UNREADABLE: {
    en: 'is not a readable CSV or XLSX file',
    et: 'ei ole loetav CSV- või XLSX-fail',
    lv: 'nav lasāms CSV vai XLSX fails',
    lt: 'nėra skaitomas CSV ar XLSX failas',
    ru: 'не является читаемым файлом CSV или XLSX',
  },
} satisfies Record<string, Record<Locale, string>>;

export type ImportMessageKey = keyof typeof MESSAGES;

export function importMessage(
  key: ImportMessageKey,
  language: string,
  params: Record<string, string | number> = {},
): string {
  const locale: Locale = isLocale(language) ? language : DEFAULT_LOCALE;
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (_m, name: string) => String(params[name] ?? ''));
}

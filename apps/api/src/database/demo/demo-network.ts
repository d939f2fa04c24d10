import type { EntityManager } from 'typeorm';
import { ClusterLink } from '../../modules/organisations/cluster-link.entity';
import type { OrganisationKind, Sector, SizeClass } from '../../modules/organisations/organisation.entity';
import { TutorParticipation } from '../../modules/people/tutor-participation.entity';
import { sideOfOrganisationKind, TutorProfile } from '../../modules/people/tutor-profile.entity';
import { TandemMember } from '../../modules/tandems/tandem-member.entity';
import { Tandem, TandemDissolutionKind, TandemStatus } from '../../modules/tandems/tandem.entity';

/**
 * The demo network: per country four VET schools, each with a cluster of two companies, about 40
 * tutors, 17 tandems (two still FORMING by invitation), a few unpaired tutors, and two DISSOLVED
 * tandems as history. Everything is derived from the tables below, deterministically, so a change
 * here is a change of data, not of code.
 */

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: OrganisationKind;
  countryCode: string;
  registryCode: string;
  city: string;
  sector?: Sector | null;
  sizeClass?: SizeClass;
  website?: string;
}

type Country = 'EE' | 'LV' | 'LT';
type Org = Omit<DemoOrganisation, 'countryCode' | 'kind'>;
interface Cluster {
  school: Org;
  companies: [Org, Org];
}

const site = (slug: string) => `https://www.${slug}.example`;

/** Real VET schools (public bodies), invented companies; registry codes are made up in each country's format. */
const CLUSTERS: Record<Country, Cluster[]> = {
  EE: [
    {
      school: {
        key: 'ee-school',
        name: 'Tallinna Tööstushariduskeskus',
        registryCode: '70003980',
        city: 'Tallinn',
        sector: 'MANUFACTURING',
        sizeClass: 'LARGE',
        website: site('tthk'),
      },
      companies: [
        {
          key: 'ee-company',
          name: 'Harju Metall OÜ',
          registryCode: '10456731',
          city: 'Saue',
          sector: 'MANUFACTURING',
          sizeClass: 'SMALL',
          website: site('harjumetall'),
        },
        {
          key: 'ee-c2',
          name: 'Ülemiste Automaatika OÜ',
          registryCode: '12873405',
          city: 'Tallinn',
          sector: 'ENERGY',
          sizeClass: 'MEDIUM',
          website: site('ulemiste-automaatika'),
        },
      ],
    },
    {
      school: {
        key: 'ee-s2',
        name: 'Tartu Kutsehariduskeskus',
        registryCode: '70004465',
        city: 'Tartu',
        sector: 'CONSTRUCTION',
        sizeClass: 'LARGE',
        website: site('khk'),
      },
      companies: [
        {
          key: 'ee-c3',
          name: 'Emajõe Ehitus AS',
          registryCode: '10233871',
          city: 'Tartu',
          sector: 'CONSTRUCTION',
          sizeClass: 'MEDIUM',
          website: site('emajoe-ehitus'),
        },
        {
          key: 'ee-c4',
          name: 'Tartu Puitmaja OÜ',
          registryCode: '11640228',
          city: 'Tartu',
          sector: 'CONSTRUCTION',
          sizeClass: 'SMALL',
        },
      ],
    },
    {
      school: {
        key: 'ee-s3',
        name: 'Pärnumaa Kutsehariduskeskus',
        registryCode: '70005312',
        city: 'Pärnu',
        sector: 'HOSPITALITY',
        sizeClass: 'MEDIUM',
        website: site('hariduskeskus'),
      },
      companies: [
        {
          key: 'ee-c5',
          name: 'Rannahotell Pärnu OÜ',
          registryCode: '11982354',
          city: 'Pärnu',
          sector: 'HOSPITALITY',
          sizeClass: 'SMALL',
          website: site('rannahotell'),
        },
        {
          key: 'ee-c6',
          name: 'Pärnu Kalatööstus AS',
          registryCode: '10077192',
          city: 'Pärnu',
          sector: 'FOOD_AND_AGRICULTURE',
          sizeClass: 'MEDIUM',
        },
      ],
    },
    {
      school: {
        key: 'ee-s4',
        name: 'Ida-Virumaa Kutsehariduskeskus',
        registryCode: '70008245',
        city: 'Jõhvi',
        sector: 'ENERGY',
        sizeClass: 'LARGE',
        website: site('ivkhk'),
      },
      companies: [
        {
          key: 'ee-c7',
          name: 'Virumaa Energia AS',
          registryCode: '10501876',
          city: 'Narva',
          sector: 'ENERGY',
          sizeClass: 'LARGE',
          website: site('virumaa-energia'),
        },
        {
          key: 'ee-c8',
          name: 'Kohtla Keevitus OÜ',
          registryCode: '12460913',
          city: 'Kohtla-Järve',
          sector: 'MANUFACTURING',
          sizeClass: 'MICRO',
        },
      ],
    },
  ],
  LV: [
    {
      school: {
        key: 'lv-school',
        name: 'Rīgas Valsts tehnikums',
        registryCode: '90000013681',
        city: 'Rīga',
        sector: 'MANUFACTURING',
        sizeClass: 'LARGE',
        website: site('rvt'),
      },
      companies: [
        {
          key: 'lv-c1',
          name: 'Daugavas Metālapstrāde SIA',
          registryCode: '40003518274',
          city: 'Rīga',
          sector: 'MANUFACTURING',
          sizeClass: 'MEDIUM',
          website: site('daugavas-metals'),
        },
        {
          key: 'lv-c2',
          name: 'Baltijas Elektro SIA',
          registryCode: '40103762915',
          city: 'Rīga',
          sector: 'ENERGY',
          sizeClass: 'SMALL',
        },
      ],
    },
    {
      school: {
        key: 'lv-s2',
        name: 'Liepājas Valsts tehnikums',
        registryCode: '90000036859',
        city: 'Liepāja',
        sector: 'LOGISTICS',
        sizeClass: 'MEDIUM',
        website: site('lvt'),
      },
      companies: [
        {
          key: 'lv-c3',
          name: 'Kurzemes Loģistika SIA',
          registryCode: '42103048817',
          city: 'Liepāja',
          sector: 'LOGISTICS',
          sizeClass: 'MEDIUM',
          website: site('kurzemes-logistika'),
        },
        {
          key: 'lv-c4',
          name: 'Liepājas Kuģu remonts SIA',
          registryCode: '42103011264',
          city: 'Liepāja',
          sector: 'MANUFACTURING',
          sizeClass: 'LARGE',
        },
      ],
    },
    {
      school: {
        key: 'lv-s3',
        name: 'Valmieras tehnikums',
        registryCode: '90000062403',
        city: 'Valmiera',
        sector: 'FOOD_AND_AGRICULTURE',
        sizeClass: 'MEDIUM',
        website: site('vt'),
      },
      companies: [
        {
          key: 'lv-c5',
          name: 'Gaujas Piens SIA',
          registryCode: '44103025930',
          city: 'Valmiera',
          sector: 'FOOD_AND_AGRICULTURE',
          sizeClass: 'MEDIUM',
          website: site('gaujas-piens'),
        },
        {
          key: 'lv-c6',
          name: 'Vidzemes Būve SIA',
          registryCode: '44103117452',
          city: 'Valmiera',
          sector: 'CONSTRUCTION',
          sizeClass: 'SMALL',
        },
      ],
    },
    {
      school: {
        key: 'lv-s4',
        name: 'Daugavpils Būvniecības tehnikums',
        registryCode: '90000079211',
        city: 'Daugavpils',
        sector: 'CONSTRUCTION',
        sizeClass: 'MEDIUM',
        website: site('dbt'),
      },
      companies: [
        {
          key: 'lv-c7',
          name: 'Latgales Celtnieks SIA',
          registryCode: '41503029384',
          city: 'Daugavpils',
          sector: 'CONSTRUCTION',
          sizeClass: 'SMALL',
          website: site('latgales-celtnieks'),
        },
        {
          key: 'lv-c8',
          name: 'Daugavpils Auto Serviss SIA',
          registryCode: '41503071126',
          city: 'Daugavpils',
          sector: 'AUTOMOTIVE',
          sizeClass: 'MICRO',
        },
      ],
    },
  ],
  LT: [
    {
      school: {
        key: 'lt-school',
        name: 'Vilniaus technologijų ir dizaino kolegija',
        registryCode: '111965131',
        city: 'Vilnius',
        sector: 'ICT',
        sizeClass: 'LARGE',
        website: site('vtdko'),
      },
      companies: [
        {
          key: 'lt-c1',
          name: 'Neries Baldai UAB',
          registryCode: '302518473',
          city: 'Vilnius',
          sector: 'MANUFACTURING',
          sizeClass: 'MEDIUM',
          website: site('neries-baldai'),
        },
        {
          key: 'lt-c2',
          name: 'Vilniaus IT Sprendimai UAB',
          registryCode: '304877120',
          city: 'Vilnius',
          sector: 'ICT',
          sizeClass: 'SMALL',
          website: site('vilniaus-it'),
        },
      ],
    },
    {
      school: {
        key: 'lt-s2',
        name: 'Kauno technikos profesinio mokymo centras',
        registryCode: '190999248',
        city: 'Kaunas',
        sector: 'AUTOMOTIVE',
        sizeClass: 'LARGE',
        website: site('ktpmc'),
      },
      companies: [
        {
          key: 'lt-c3',
          name: 'Kauno Autocentras UAB',
          registryCode: '303114586',
          city: 'Kaunas',
          sector: 'AUTOMOTIVE',
          sizeClass: 'SMALL',
          website: site('kauno-autocentras'),
        },
        {
          key: 'lt-c4',
          name: 'Nemuno Mechanika UAB',
          registryCode: '300562941',
          city: 'Kaunas',
          sector: 'MANUFACTURING',
          sizeClass: 'MEDIUM',
        },
      ],
    },
    {
      school: {
        key: 'lt-s3',
        name: 'Klaipėdos technologijų mokymo centras',
        registryCode: '190435717',
        city: 'Klaipėda',
        sector: 'LOGISTICS',
        sizeClass: 'LARGE',
        website: site('ktmc'),
      },
      companies: [
        {
          key: 'lt-c5',
          name: 'Klaipėdos Uosto Logistika UAB',
          registryCode: '141236587',
          city: 'Klaipėda',
          sector: 'LOGISTICS',
          sizeClass: 'LARGE',
          website: site('kul'),
        },
        {
          key: 'lt-c6',
          name: 'Baltijos Laivų Remontas UAB',
          registryCode: '140872355',
          city: 'Klaipėda',
          sector: 'MANUFACTURING',
          sizeClass: 'LARGE',
        },
      ],
    },
    {
      school: {
        key: 'lt-s4',
        name: 'Šiaulių profesinio rengimo centras',
        registryCode: '190525641',
        city: 'Šiauliai',
        sector: 'HOSPITALITY',
        sizeClass: 'MEDIUM',
        website: site('sprc'),
      },
      companies: [
        {
          key: 'lt-c7',
          name: 'Saulės Viešbutis UAB',
          registryCode: '302977014',
          city: 'Šiauliai',
          sector: 'HOSPITALITY',
          sizeClass: 'SMALL',
          website: site('saules-viesbutis'),
        },
        {
          key: 'lt-c8',
          name: 'Šiaulių Duona UAB',
          registryCode: '145207361',
          city: 'Šiauliai',
          sector: 'FOOD_AND_AGRICULTURE',
          sizeClass: 'MEDIUM',
        },
      ],
    },
  ],
};

/** Beyond the clusters of one school: a company that also takes learners of a second school. */
const EXTRA_LINKS: [school: string, company: string][] = [['ee-s4', 'ee-company']];

const COUNTRIES: Country[] = ['EE', 'LV', 'LT'];

export const DEMO_NETWORK_ORGANISATIONS: DemoOrganisation[] = COUNTRIES.flatMap((countryCode) =>
  CLUSTERS[countryCode].flatMap((c) => [
    { ...c.school, countryCode, kind: 'VET_INSTITUTION' as const },
    ...c.companies.map((o) => ({ ...o, countryCode, kind: 'COMPANY' as const })),
  ]),
);

// ---------------------------------------------------------------------------------------------
// Tutors

interface Names {
  female: string[];
  male: string[];
  /** [male, female] forms (Latvian and Lithuanian surnames change with gender). */
  surnames: [string, string][];
  language: 'et' | 'lv' | 'lt';
  timeZone: string;
}

const same = (names: string[]): [string, string][] => names.map((n) => [n, n]);

const NAMES: Record<Country, Names> = {
  EE: {
    female: ['Maarja', 'Liina', 'Triin', 'Kersti', 'Pille', 'Helen', 'Anu', 'Kaja', 'Merike', 'Külli', 'Tiia', 'Eve'],
    male: ['Margus', 'Toomas', 'Rein', 'Urmas', 'Jaan', 'Kristjan', 'Marko', 'Siim', 'Raivo', 'Indrek', 'Tarmo', 'Ain'],
    surnames: same([
      'Saar',
      'Sepp',
      'Kukk',
      'Rebane',
      'Ilves',
      'Pärn',
      'Koppel',
      'Lepp',
      'Oja',
      'Kallas',
      'Vaher',
      'Raud',
      'Laur',
      'Kivi',
      'Mets',
      'Org',
      'Luik',
      'Karu',
      'Põder',
      'Jõgi',
    ]),
    language: 'et',
    timeZone: 'Europe/Tallinn',
  },
  LV: {
    female: [
      'Anna',
      'Laura',
      'Dace',
      'Inese',
      'Kristīne',
      'Līga',
      'Sanita',
      'Zane',
      'Baiba',
      'Agnese',
      'Evija',
      'Ieva',
    ],
    male: [
      'Andris',
      'Mārtiņš',
      'Edgars',
      'Raivis',
      'Kaspars',
      'Artūrs',
      'Gints',
      'Uldis',
      'Roberts',
      'Aivars',
      'Normunds',
      'Juris',
    ],
    surnames: [
      ['Bērziņš', 'Bērziņa'],
      ['Kalniņš', 'Kalniņa'],
      ['Ozoliņš', 'Ozoliņa'],
      ['Liepiņš', 'Liepiņa'],
      ['Krūmiņš', 'Krūmiņa'],
      ['Balodis', 'Balode'],
      ['Zariņš', 'Zariņa'],
      ['Eglītis', 'Eglīte'],
      ['Vītols', 'Vītola'],
      ['Kļaviņš', 'Kļaviņa'],
      ['Siliņš', 'Siliņa'],
      ['Pētersons', 'Pētersone'],
      ['Lācis', 'Lāce'],
      ['Grīnbergs', 'Grīnberga'],
      ['Upītis', 'Upīte'],
      ['Strazdiņš', 'Strazdiņa'],
      ['Zālītis', 'Zālīte'],
      ['Ābols', 'Ābola'],
      ['Kārkliņš', 'Kārkliņa'],
      ['Priede', 'Priede'],
    ],
    language: 'lv',
    timeZone: 'Europe/Riga',
  },
  LT: {
    female: [
      'Jurgita',
      'Asta',
      'Inga',
      'Gintarė',
      'Vilma',
      'Aistė',
      'Dalia',
      'Kristina',
      'Rasa',
      'Daiva',
      'Ieva',
      'Lina',
    ],
    male: [
      'Mantas',
      'Darius',
      'Giedrius',
      'Andrius',
      'Jonas',
      'Vytautas',
      'Mindaugas',
      'Paulius',
      'Saulius',
      'Lukas',
      'Marius',
      'Audrius',
    ],
    surnames: [
      ['Jankauskas', 'Jankauskienė'],
      ['Stankevičius', 'Stankevičienė'],
      ['Vasiliauskas', 'Vasiliauskienė'],
      ['Žukauskas', 'Žukauskienė'],
      ['Butkus', 'Butkienė'],
      ['Paulauskas', 'Paulauskienė'],
      ['Urbonas', 'Urbonienė'],
      ['Kavaliauskas', 'Kavaliauskienė'],
      ['Navickas', 'Navickienė'],
      ['Rimkus', 'Rimkienė'],
      ['Sakalauskas', 'Sakalauskienė'],
      ['Balčiūnas', 'Balčiūnienė'],
      ['Mockus', 'Mockienė'],
      ['Adomaitis', 'Adomaitienė'],
      ['Gudaitis', 'Gudaitienė'],
      ['Šimkus', 'Šimkienė'],
      ['Lukoševičius', 'Lukoševičienė'],
      ['Ramanauskas', 'Ramanauskienė'],
      ['Bružas', 'Bružienė'],
      ['Kairys', 'Kairienė'],
    ],
    language: 'lt',
    timeZone: 'Europe/Vilnius',
  },
};

const OCCUPATIONS: Record<Sector, string[]> = {
  MANUFACTURING: ['Welding', 'CNC machining', 'Industrial maintenance', 'Metalwork'],
  CONSTRUCTION: ['Carpentry', 'Bricklaying', 'Plumbing', 'Finishing works'],
  ENERGY: ['Electrical installation', 'Automation', 'Power plant operation'],
  AUTOMOTIVE: ['Vehicle repair', 'Vehicle diagnostics'],
  LOGISTICS: ['Warehouse logistics', 'Freight forwarding', 'Crane operation'],
  ICT: ['Software development', 'IT support', 'Network administration'],
  HOSPITALITY: ['Cookery', 'Hotel reception', 'Restaurant service'],
  FOOD_AND_AGRICULTURE: ['Food processing', 'Bakery', 'Dairy production'],
  HEALTH_AND_CARE: ['Care work'],
  RETAIL_AND_SERVICES: ['Sales'],
};

const LANGUAGES: Record<Country, string[][]> = {
  EE: [['et', 'en'], ['et', 'ru', 'en'], ['et']],
  LV: [
    ['lv', 'en'],
    ['lv', 'ru'],
    ['lv', 'ru', 'en'],
  ],
  LT: [
    ['lt', 'en'],
    ['lt', 'ru'],
    ['lt', 'en', 'pl'],
  ],
};

export interface DemoTutor {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: 'et' | 'lv' | 'lt' | 'ru';
  timeZone: string;
  organisationKey: string;
  occupationField: string;
  yearsOfExperience: number;
  languages: string[];
}

/** The tutor profiles of the two demo tutors of the foundation (their accounts are in DEMO_PEOPLE). */
export const DEMO_FOUNDATION_TUTORS: Record<
  string,
  Pick<DemoTutor, 'organisationKey' | 'occupationField' | 'yearsOfExperience' | 'languages'>
> = {
  'tutor.school.ee@tandem.example': {
    organisationKey: 'ee-school',
    occupationField: 'Welding',
    yearsOfExperience: 12,
    languages: ['et', 'en', 'ru'],
  },
  'tutor.company.ee@tandem.example': {
    organisationKey: 'ee-company',
    occupationField: 'Metalwork',
    yearsOfExperience: 8,
    languages: ['et', 'en'],
  },
};

const ascii = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');

/** Per country and cluster: 5 tutors at the school; 3 and 2 at its companies (EE's first cluster counts the foundation tutors). */
const SCHOOL_TUTORS = 5;
const COMPANY_TUTORS = [3, 2];

interface Slot {
  country: Country;
  cluster: number;
  side: 'SCHOOL' | 'COMPANY';
  /** Position on its side within the cluster, 0..4: tandems pair equal positions. */
  position: number;
  org: Org;
  email?: string;
}

function slots(): Slot[] {
  return COUNTRIES.flatMap((country) =>
    CLUSTERS[country].flatMap((c, cluster) => {
      const school = Array.from({ length: SCHOOL_TUTORS }, (_, position): Slot => ({
        country,
        cluster,
        side: 'SCHOOL',
        position,
        org: c.school,
      }));
      const company = c.companies.flatMap((org, k) =>
        Array.from({ length: COMPANY_TUTORS[k] }, (_, i): Slot => ({
          country,
          cluster,
          side: 'COMPANY',
          position: (k === 0 ? 0 : COMPANY_TUTORS[0]) + i,
          org,
        })),
      );
      return [...school, ...company];
    }),
  );
}

const FOUNDATION_SLOTS: Record<string, string> = {
  'EE/0/SCHOOL/0': 'tutor.school.ee@tandem.example',
  'EE/0/COMPANY/0': 'tutor.company.ee@tandem.example',
};
const slotKey = (s: Pick<Slot, 'country' | 'cluster' | 'side' | 'position'>) =>
  `${s.country}/${s.cluster}/${s.side}/${s.position}`;

function buildTutors(): { tutors: DemoTutor[]; emailOf: Map<string, string> } {
  const tutors: DemoTutor[] = [];
  const emailOf = new Map<string, string>();
  const used = new Set<string>();
  const counter: Record<Country, number> = { EE: 0, LV: 0, LT: 0 };
  for (const slot of slots()) {
    const key = slotKey(slot);
    const foundation = FOUNDATION_SLOTS[key];
    if (foundation) {
      emailOf.set(key, foundation);
      continue;
    }
    const n = counter[slot.country]++;
    const names = NAMES[slot.country];
    const female = n % 2 === 0;
    const givenName = (female ? names.female : names.male)[Math.floor(n / 2) % 12];
    const [male, fem] = names.surnames[(n * 7 + Math.floor(n / 20)) % names.surnames.length];
    const familyName = female ? fem : male;
    let email = `${ascii(givenName)}.${ascii(familyName)}@tandem.example`;
    for (let i = 2; used.has(email); i++) email = `${ascii(givenName)}.${ascii(familyName)}${i}@tandem.example`;
    used.add(email);
    emailOf.set(key, email);
    const sector = slot.org.sector ?? 'MANUFACTURING';
    const occupations = OCCUPATIONS[sector];
    // In Ida-Virumaa, Russian is the first language of most people.
    const russian = slot.org.city === 'Narva' || slot.org.city === 'Jõhvi' || slot.org.city === 'Kohtla-Järve';
    tutors.push({
      email,
      givenName,
      familyName,
      preferredLanguage: russian ? 'ru' : names.language,
      timeZone: names.timeZone,
      organisationKey: slot.org.key,
      occupationField: occupations[n % occupations.length],
      yearsOfExperience: 3 + ((n * 5) % 22),
      languages: russian ? ['ru', 'et'] : LANGUAGES[slot.country][n % 3],
    });
  }
  return { tutors, emailOf };
}

const built = buildTutors();
/** The tutors the network adds to DEMO_PEOPLE: all sign in with the demo password and hold TUTOR (SELF). */
export const DEMO_TUTORS: DemoTutor[] = built.tutors;

// ---------------------------------------------------------------------------------------------
// Tandems

export interface DemoTandem {
  school: string;
  company: string;
  status: TandemStatus;
  /** 'coordinator' or the side whose tutor sent the invitation. */
  formedBy: 'coordinator' | 'SCHOOL' | 'COMPANY';
  /** Days before today. */
  createdDaysAgo: number;
  dissolution?: {
    kind: TandemDissolutionKind;
    by: 'coordinator' | 'SCHOOL' | 'COMPANY';
    daysAgo: number;
    reason: string | null;
  };
}

/** Pairs per cluster (the rest stay unpaired); which positions still wait for an answer to an invitation. */
const PAIRED = [5, 4, 4, 4];
const FORMING: [cluster: number, position: number][] = [
  [1, 3],
  [2, 3],
];

function buildTandems(): DemoTandem[] {
  const email = (country: Country, cluster: number, side: 'SCHOOL' | 'COMPANY', position: number) =>
    built.emailOf.get(slotKey({ country, cluster, side, position })) as string;
  const tandems: DemoTandem[] = [];
  for (const country of COUNTRIES) {
    // History first: a tandem that ended, and an invitation that was declined.
    if (country === 'EE') {
      tandems.push({
        school: email('EE', 3, 'SCHOOL', 4),
        company: email('EE', 3, 'COMPANY', 0),
        status: 'DISSOLVED',
        formedBy: 'coordinator',
        createdDaysAgo: 150,
        dissolution: {
          kind: 'DISSOLVED',
          by: 'coordinator',
          daysAgo: 120,
          reason: 'The company tutor moved to night shifts; paired again with a colleague on the day shift.',
        },
      });
    }
    if (country === 'LV') {
      tandems.push({
        school: email('LV', 2, 'SCHOOL', 4),
        company: email('LV', 1, 'COMPANY', 4),
        status: 'DISSOLVED',
        formedBy: 'SCHOOL',
        createdDaysAgo: 140,
        dissolution: { kind: 'DECLINED', by: 'COMPANY', daysAgo: 137, reason: null },
      });
    }
    PAIRED.forEach((pairs, cluster) => {
      for (let position = 0; position < pairs; position++) {
        const forming = FORMING.some(([c, p]) => c === cluster && p === position);
        tandems.push({
          school: email(country, cluster, 'SCHOOL', position),
          company: email(country, cluster, 'COMPANY', position),
          status: forming ? 'FORMING' : 'ACTIVE',
          formedBy: forming ? 'SCHOOL' : 'coordinator',
          createdDaysAgo: forming ? 3 + cluster : 110 - cluster * 10 - position,
        });
      }
    });
  }
  return tandems;
}

export const DEMO_TANDEMS: DemoTandem[] = buildTandems();

const DAY = 86_400_000;

/**
 * Cluster links, tutor profiles, the tutors' participation in the edition and the tandems, in one
 * bulk insert per table. `orgIds` and `personIds` map the demo keys and e-mails to the rows inserted.
 */
export async function loadDemoNetwork(
  manager: EntityManager,
  editionId: string,
  orgIds: ReadonlyMap<string, string>,
  personIds: ReadonlyMap<string, string>,
  today = new Date(),
): Promise<void> {
  const org = (key: string) => orgIds.get(key) as string;
  const person = (email: string) => personIds.get(email) as string;
  const orgByKey = new Map(DEMO_NETWORK_ORGANISATIONS.map((o) => [o.key, o]));

  const links = [
    ...COUNTRIES.flatMap((c) =>
      CLUSTERS[c].flatMap((cl) => cl.companies.map((co) => [cl.school.key, co.key] as const)),
    ),
    ...EXTRA_LINKS,
  ];
  await manager.insert(
    ClusterLink,
    links.map(([school, company]) => ({ schoolId: org(school), companyId: org(company) })),
  );

  const profiles = [
    ...Object.entries(DEMO_FOUNDATION_TUTORS).map(([email, t]) => ({ email, ...t })),
    ...DEMO_TUTORS,
  ].map((t) => {
    const kind = (orgByKey.get(t.organisationKey) as DemoOrganisation).kind as 'VET_INSTITUTION' | 'COMPANY';
    return {
      personId: person(t.email),
      organisationId: org(t.organisationKey),
      organisationKind: kind,
      side: sideOfOrganisationKind(kind) as 'SCHOOL' | 'COMPANY',
      occupationField: t.occupationField,
      yearsOfExperience: t.yearsOfExperience,
      languages: t.languages,
    };
  });
  await manager.insert(TutorProfile, profiles);
  await manager.insert(
    TutorParticipation,
    profiles.map((p) => ({ editionId, personId: p.personId })),
  );

  const at = (daysAgo: number) => new Date(today.getTime() - daysAgo * DAY);
  const coordinatorOf = (email: string) => {
    const country = (orgByKey.get(orgKeyOf(email)) as DemoOrganisation).countryCode;
    return person(`coordinator.${country.toLowerCase()}@tandem.example`);
  };
  const actor = (t: DemoTandem, who: 'coordinator' | 'SCHOOL' | 'COMPANY') =>
    who === 'coordinator' ? coordinatorOf(t.school) : person(who === 'SCHOOL' ? t.school : t.company);
  const rows = DEMO_TANDEMS.map((t) => ({
    editionId,
    schoolTutorId: person(t.school),
    companyTutorId: person(t.company),
    status: t.status,
    formedById: actor(t, t.formedBy),
    byInvitation: t.formedBy !== 'coordinator',
    createdAt: at(t.createdDaysAgo),
    activatedAt: t.status === 'ACTIVE' ? at(t.createdDaysAgo - (t.formedBy === 'coordinator' ? 0 : 2)) : null,
    dissolvedAt: t.dissolution ? at(t.dissolution.daysAgo) : null,
    dissolvedById: t.dissolution ? actor(t, t.dissolution.by) : null,
    dissolutionKind: t.dissolution?.kind ?? null,
    dissolutionReason: t.dissolution?.reason ?? null,
  }));
  const inserted = await manager.insert(Tandem, rows);
  const members = rows.flatMap((r, i) => {
    const tandemId = inserted.identifiers[i]['id'] as string;
    return [
      { tandemId, editionId, tandemStatus: r.status, personId: r.schoolTutorId, side: 'SCHOOL' as const },
      { tandemId, editionId, tandemStatus: r.status, personId: r.companyTutorId, side: 'COMPANY' as const },
    ];
  });
  await manager.insert(TandemMember, members);
}

function orgKeyOf(email: string): string {
  return (
    DEMO_FOUNDATION_TUTORS[email]?.organisationKey ??
    (DEMO_TUTORS.find((t) => t.email === email) as DemoTutor).organisationKey
  );
}

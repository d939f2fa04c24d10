import type { Role } from '@tandem/shared-domain';
import { DEMO_NETWORK_ORGANISATIONS, DemoOrganisation } from './demo-network';

export type { DemoOrganisation } from './demo-network';

/** Everyone in the demo logs in with this password (README). Never used outside the demo loader. */
export const DEMO_PASSWORD = 'tandem-demo-2026';

export interface DemoPerson {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: 'en' | 'et' | 'lv' | 'lt' | 'ru';
  timeZone: string;
  grants: { role: Role; countryCode?: string; organisationKey?: string }[];
}

/** The network (schools and companies in clusters, demo-network.ts) and a research institute. */
export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  ...DEMO_NETWORK_ORGANISATIONS,
  {
    key: 'research',
    name: 'Tallinna Ülikool, Haridusteaduste instituut',
    kind: 'RESEARCH_INSTITUTE',
    countryCode: 'EE',
    registryCode: '74000122',
    city: 'Tallinn',
    sector: null,
    sizeClass: 'LARGE',
    website: 'https://www.tlu.example',
  },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    email: 'admin@tandem.example',
    givenName: 'Liis',
    familyName: 'Kask',
    preferredLanguage: 'en',
    timeZone: 'Europe/Tallinn',
    grants: [{ role: 'ADMIN' }],
  },
  {
    email: 'coordinator.ee@tandem.example',
    givenName: 'Mart',
    familyName: 'Saar',
    preferredLanguage: 'et',
    timeZone: 'Europe/Tallinn',
    grants: [{ role: 'COORDINATOR', countryCode: 'EE' }],
  },
  {
    email: 'coordinator.lv@tandem.example',
    givenName: 'Ilze',
    familyName: 'Bērziņa',
    preferredLanguage: 'lv',
    timeZone: 'Europe/Riga',
    grants: [{ role: 'COORDINATOR', countryCode: 'LV' }],
  },
  {
    email: 'coordinator.lt@tandem.example',
    givenName: 'Rūta',
    familyName: 'Kazlauskienė',
    preferredLanguage: 'lt',
    timeZone: 'Europe/Vilnius',
    grants: [{ role: 'COORDINATOR', countryCode: 'LT' }],
  },
  {
    email: 'trainer.ee@tandem.example',
    givenName: 'Tiina',
    familyName: 'Mägi',
    preferredLanguage: 'et',
    timeZone: 'Europe/Tallinn',
    grants: [{ role: 'TRAINER', countryCode: 'EE' }],
  },
  {
    email: 'trainer.lv@tandem.example',
    givenName: 'Jānis',
    familyName: 'Ozols',
    preferredLanguage: 'lv',
    timeZone: 'Europe/Riga',
    grants: [{ role: 'TRAINER', countryCode: 'LV' }],
  },
  {
    email: 'trainer.lt@tandem.example',
    givenName: 'Tomas',
    familyName: 'Petrauskas',
    preferredLanguage: 'lt',
    timeZone: 'Europe/Vilnius',
    grants: [{ role: 'TRAINER', countryCode: 'LT' }],
  },
  {
    email: 'tutor.school.ee@tandem.example',
    givenName: 'Kadri',
    familyName: 'Tamm',
    preferredLanguage: 'et',
    timeZone: 'Europe/Tallinn',
    grants: [{ role: 'TUTOR' }],
  },
  {
    email: 'tutor.company.ee@tandem.example',
    givenName: 'Andres',
    familyName: 'Kuusk',
    preferredLanguage: 'et',
    timeZone: 'Europe/Tallinn',
    grants: [{ role: 'TUTOR' }],
  },
  {
    email: 'manager@tandem.example',
    givenName: 'Priit',
    familyName: 'Lepik',
    preferredLanguage: 'et',
    timeZone: 'Europe/Tallinn',
    grants: [{ role: 'MANAGER', organisationKey: 'ee-company' }],
  },
  {
    email: 'researcher@tandem.example',
    givenName: 'Laura',
    familyName: 'Jansone',
    preferredLanguage: 'en',
    timeZone: 'Europe/Riga',
    grants: [{ role: 'RESEARCHER' }],
  },
  {
    email: 'observer@tandem.example',
    givenName: 'Eglė',
    familyName: 'Vaitkienė',
    preferredLanguage: 'lt',
    timeZone: 'Europe/Vilnius',
    grants: [{ role: 'OBSERVER' }],
  },
];

import type { Role } from '@tandem/shared-domain';

/** Everyone in the demo logs in with this password (README). Never used outside the demo loader. */
export const DEMO_PASSWORD = 'tandem-demo-2026';

export interface DemoOrganisation {
  key: string;
  name: string;
  kind: 'VET_INSTITUTION' | 'COMPANY' | 'RESEARCH_INSTITUTE' | 'AUTHORITY' | 'SOCIAL_PARTNER';
  countryCode: string;
  registryCode: string;
  city: string;
}

export interface DemoPerson {
  email: string;
  givenName: string;
  familyName: string;
  preferredLanguage: 'en' | 'et' | 'lv' | 'lt' | 'ru';
  timeZone: string;
  grants: { role: Role; countryCode?: string; organisationKey?: string }[];
}

export const DEMO_ORGANISATIONS: DemoOrganisation[] = [
  { key: 'ee-school', name: 'Tallinna Tööstushariduskeskus', kind: 'VET_INSTITUTION', countryCode: 'EE', registryCode: '70003980', city: 'Tallinn' },
  { key: 'ee-company', name: 'Harju Metall OÜ', kind: 'COMPANY', countryCode: 'EE', registryCode: '10456731', city: 'Saue' },
  { key: 'lv-school', name: 'Rīgas Valsts tehnikums', kind: 'VET_INSTITUTION', countryCode: 'LV', registryCode: '90000013681', city: 'Rīga' },
  { key: 'lt-school', name: 'Vilniaus technologijų ir dizaino kolegija', kind: 'VET_INSTITUTION', countryCode: 'LT', registryCode: '111965131', city: 'Vilnius' },
  { key: 'research', name: 'Tallinna Ülikool, Haridusteaduste instituut', kind: 'RESEARCH_INSTITUTE', countryCode: 'EE', registryCode: '74000122', city: 'Tallinn' },
];

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'admin@tandem.example', givenName: 'Liis', familyName: 'Kask', preferredLanguage: 'en', timeZone: 'Europe/Tallinn', grants: [{ role: 'ADMIN' }] },
  { email: 'coordinator.ee@tandem.example', givenName: 'Mart', familyName: 'Saar', preferredLanguage: 'et', timeZone: 'Europe/Tallinn', grants: [{ role: 'COORDINATOR', countryCode: 'EE' }] },
  { email: 'coordinator.lv@tandem.example', givenName: 'Ilze', familyName: 'Bērziņa', preferredLanguage: 'lv', timeZone: 'Europe/Riga', grants: [{ role: 'COORDINATOR', countryCode: 'LV' }] },
  { email: 'coordinator.lt@tandem.example', givenName: 'Rūta', familyName: 'Kazlauskienė', preferredLanguage: 'lt', timeZone: 'Europe/Vilnius', grants: [{ role: 'COORDINATOR', countryCode: 'LT' }] },
  { email: 'trainer.ee@tandem.example', givenName: 'Tiina', familyName: 'Mägi', preferredLanguage: 'et', timeZone: 'Europe/Tallinn', grants: [{ role: 'TRAINER', countryCode: 'EE' }] },
  { email: 'trainer.lv@tandem.example', givenName: 'Jānis', familyName: 'Ozols', preferredLanguage: 'lv', timeZone: 'Europe/Riga', grants: [{ role: 'TRAINER', countryCode: 'LV' }] },
  { email: 'trainer.lt@tandem.example', givenName: 'Tomas', familyName: 'Petrauskas', preferredLanguage: 'lt', timeZone: 'Europe/Vilnius', grants: [{ role: 'TRAINER', countryCode: 'LT' }] },
  { email: 'tutor.school.ee@tandem.example', givenName: 'Kadri', familyName: 'Tamm', preferredLanguage: 'et', timeZone: 'Europe/Tallinn', grants: [{ role: 'TUTOR' }] },
  { email: 'tutor.company.ee@tandem.example', givenName: 'Andres', familyName: 'Kuusk', preferredLanguage: 'et', timeZone: 'Europe/Tallinn', grants: [{ role: 'TUTOR' }] },
  { email: 'manager@tandem.example', givenName: 'Priit', familyName: 'Lepik', preferredLanguage: 'et', timeZone: 'Europe/Tallinn', grants: [{ role: 'MANAGER', organisationKey: 'ee-company' }] },
  { email: 'researcher@tandem.example', givenName: 'Laura', familyName: 'Jansone', preferredLanguage: 'en', timeZone: 'Europe/Riga', grants: [{ role: 'RESEARCHER' }] },
  { email: 'observer@tandem.example', givenName: 'Eglė', familyName: 'Vaitkienė', preferredLanguage: 'lt', timeZone: 'Europe/Vilnius', grants: [{ role: 'OBSERVER' }] },
];

import { createHmac } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { NetworkApplication } from '../../modules/network-applications/network-application.entity';

/** A stand-in for the requester's address hash: demo applications did not come through the form. */
const demoIpHash = (n: number) => createHmac('sha256', 'demo').update(`network-application:demo-${n}`).digest('hex');

type DemoApplication = Omit<
  NetworkApplication,
  | 'id'
  | 'createdAt'
  | 'requesterIpHash'
  | 'decidedById'
  | 'decidedAt'
  | 'rejectionReason'
  | 'createdOrganisationId'
  | 'status'
  | 'country'
  | 'decidedBy'
  | 'createdOrganisation'
>;

/** Waiting for the coordinator of each country: one company, one school, one company. */
export const DEMO_PENDING_APPLICATIONS: DemoApplication[] = [
  {
    organisationName: 'Pärnu Puidutööd OÜ',
    kind: 'COMPANY',
    countryCode: 'EE',
    registryCode: '14820391',
    city: 'Pärnu',
    website: 'https://www.parnu-puit.example',
    sector: 'MANUFACTURING',
    sizeClass: 'SMALL',
    contactGivenName: 'Kadri',
    contactFamilyName: 'Lepik',
    contactEmail: 'kadri.lepik@parnu-puit.example',
    preferredLanguage: 'et',
    message: 'Meil on kaks kogenud meistrit, kes sooviksid juhendada kutsekooli õpilasi.',
  },
  {
    organisationName: 'Valmieras tehnikums',
    kind: 'VET_INSTITUTION',
    countryCode: 'LV',
    registryCode: '90009253115',
    city: 'Valmiera',
    website: 'https://www.vt.example',
    sector: 'CONSTRUCTION',
    sizeClass: 'LARGE',
    contactGivenName: 'Anda',
    contactFamilyName: 'Kalniņa',
    contactEmail: 'anda.kalnina@vt.example',
    preferredLanguage: 'lv',
    message: 'Vēlamies iesaistīt savus prakses vadītājus programmā kopā ar vietējiem uzņēmumiem.',
  },
  {
    organisationName: 'UAB Kauno logistika',
    kind: 'COMPANY',
    countryCode: 'LT',
    registryCode: '305118452',
    city: 'Kaunas',
    website: null,
    sector: 'LOGISTICS',
    sizeClass: 'MEDIUM',
    contactGivenName: 'Tomas',
    contactFamilyName: 'Petrauskas',
    contactEmail: 'tomas.petrauskas@kauno-logistika.example',
    preferredLanguage: 'lt',
    message: null,
  },
];

/** Rejected by the Latvian coordinator: it is a consultancy, not a training partner. */
export const DEMO_REJECTED_APPLICATION: DemoApplication & { rejectionReason: string } = {
  organisationName: 'SIA Rīgas konsultācijas',
  kind: 'COMPANY',
  countryCode: 'LV',
  registryCode: '40203317250',
  city: 'Rīga',
  website: null,
  sector: 'RETAIL_AND_SERVICES',
  sizeClass: 'MICRO',
  contactGivenName: 'Jānis',
  contactFamilyName: 'Ozols',
  contactEmail: 'janis.ozols@rigas-konsultacijas.example',
  preferredLanguage: 'lv',
  message: 'Piedāvājam apmācību pakalpojumus.',
  rejectionReason:
    'Uzņēmums neapmāca izglītojamos darba vidē; tīklā piedalās tikai prakses vietas un profesionālās izglītības iestādes.',
};

export async function loadDemoNetworkApplications(manager: EntityManager, decidedById: string | null): Promise<void> {
  await manager.insert(NetworkApplication, [
    ...DEMO_PENDING_APPLICATIONS.map((a, i) => ({ ...a, requesterIpHash: demoIpHash(i) })),
    {
      ...DEMO_REJECTED_APPLICATION,
      requesterIpHash: demoIpHash(9),
      status: 'REJECTED' as const,
      decidedById,
      decidedAt: new Date(),
    },
  ]);
}

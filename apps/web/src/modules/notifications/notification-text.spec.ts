import { catalogues, flattenCatalogue } from '@tandem/shared-i18n';
import { LOCALES } from '@tandem/shared-domain';
import { IntlMessageFormat } from 'intl-messageformat';
import {
  NOTIFICATION_KINDS,
  notificationComments,
  notificationLink,
  notificationText,
  type NotificationLike,
} from './notification-text';

const programmeNotification = (
  kind: NotificationLike['kind'],
  extra: Record<string, string> = {},
): NotificationLike => ({
  kind,
  targetType: 'NationalProgramme',
  targetId: 'c0ffee00-0000-4000-8000-000000000001',
  params: Object.entries({
    actorName: 'Rūta Kazlauskienė',
    countryCode: 'LT',
    editionId: 'e1',
    editionName: '2026–2027',
    revision: '2',
    ...extra,
  }).map(([name, value]) => ({ name, value })),
});

const countryName = (code: string) => ({ LT: 'Lithuania', EE: 'Estonia' })[code] ?? code;

describe('notification texts', () => {
  const PROGRAMME_KINDS = NOTIFICATION_KINDS.filter((kind) => kind.startsWith('NATIONAL_PROGRAMME_'));

  it.each(NOTIFICATION_KINDS)('has a text for %s in every language', (kind) => {
    for (const locale of LOCALES) {
      expect(flattenCatalogue(catalogues[locale])[`notifications.kinds.${kind}`]).toBeDefined();
    }
  });

  it('names the applicant organisation and its country in a network application notification', () => {
    const { key, values } = notificationText(
      {
        kind: 'NETWORK_APPLICATION_RECEIVED',
        targetType: 'NetworkApplication',
        targetId: 'c0ffee00-0000-4000-8000-000000000002',
        params: [
          { name: 'countryCode', value: 'LT' },
          { name: 'organisationName', value: 'UAB Kauno logistika' },
        ],
      },
      countryName,
    );
    for (const locale of LOCALES) {
      const text = String(new IntlMessageFormat(flattenCatalogue(catalogues[locale])[key], locale).format(values));
      expect(text).toContain('UAB Kauno logistika');
      expect(text).toContain('Lithuania');
    }
    expect(
      notificationLink({
        kind: 'NETWORK_APPLICATION_RECEIVED',
        targetType: 'NetworkApplication',
        targetId: 'c0ffee00-0000-4000-8000-000000000002',
        params: [],
      }),
    ).toBe('/network/applications/c0ffee00-0000-4000-8000-000000000002');
  });

  it.each(PROGRAMME_KINDS)(
    'has a text for %s in every language that names the actor, the country and the revision',
    (kind) => {
      const { key, values } = notificationText(programmeNotification(kind), countryName);
      expect(key).toBe(`notifications.kinds.${kind}`);
      for (const locale of LOCALES) {
        const message = flattenCatalogue(catalogues[locale])[key];
        expect(message).toBeDefined();
        const text = String(new IntlMessageFormat(message, locale).format(values));
        expect(text).toContain('Rūta Kazlauskienė');
        expect(text).toContain('2');
      }
      const english = String(new IntlMessageFormat(flattenCatalogue(catalogues.en)[key], 'en').format(values));
      expect(english).toContain('Lithuania');
    },
  );

  it('still gives a text when params are missing', () => {
    const { values } = notificationText(
      {
        kind: 'NATIONAL_PROGRAMME_APPROVED',
        targetType: null,
        targetId: null,
        params: [],
      },
      countryName,
    );
    expect(values).toEqual({
      country: '',
      revision: 0,
      actor: '',
      edition: '',
      organisation: '',
      assignment: '',
      module: '',
      tandem: '',
      outcome: '',
      number: '',
      holder: '',
      status: '',
    });
  });

  it('names the assignment and the outcome of a reviewed submission in every language, and links to the submission', () => {
    const reviewed: NotificationLike = {
      kind: 'ASSIGNMENT_SUBMISSION_REVIEWED',
      targetType: 'AssignmentSubmission',
      targetId: 'c0ffee00-0000-4000-8000-000000000003',
      params: [
        { name: 'actorName', value: 'Tiina Mägi' },
        { name: 'assignmentTitle', value: 'Shared practice plan' },
        { name: 'outcome', value: 'NEEDS_REVISION' },
      ],
    };
    const { key, values } = notificationText(reviewed, countryName);
    for (const locale of LOCALES) {
      const text = String(new IntlMessageFormat(flattenCatalogue(catalogues[locale])[key], locale).format(values));
      expect(text).toContain('Tiina Mägi');
      expect(text).toContain('Shared practice plan');
    }
    expect(notificationLink(reviewed)).toBe('/submissions/c0ffee00-0000-4000-8000-000000000003');
  });

  it('shows the comments of a returned programme', () => {
    expect(
      notificationComments(
        programmeNotification('NATIONAL_PROGRAMME_RETURNED', {
          comments: 'Add safety first',
        }),
      ),
    ).toBe('Add safety first');
    expect(notificationComments(programmeNotification('NATIONAL_PROGRAMME_APPROVED'))).toBeNull();
  });

  it('links a programme notification to the programme, and nothing without a target', () => {
    expect(notificationLink(programmeNotification('NATIONAL_PROGRAMME_SUBMITTED'))).toBe(
      '/national-programmes/c0ffee00-0000-4000-8000-000000000001',
    );
    expect(
      notificationLink({
        kind: 'NATIONAL_PROGRAMME_SUBMITTED',
        targetType: 'Something',
        targetId: 'x',
        params: [],
      }),
    ).toBeNull();
    expect(
      notificationLink({
        kind: 'NATIONAL_PROGRAMME_SUBMITTED',
        targetType: 'NationalProgramme',
        targetId: null,
        params: [],
      }),
    ).toBeNull();
  });
});

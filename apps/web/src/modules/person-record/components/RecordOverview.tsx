import { Anchor, Badge, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { PersonRecordQuery } from '@tandem/web-graphql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompletionStatusBadge } from '../../completion/components/CompletionStatusBadge';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationPath, tutorSideKey } from '../../network/labels';
import { RoleBadges } from '../../people/components/RoleBadges';
import { RecordSection } from './RecordSection';

type PersonRecord = PersonRecordQuery['personRecord'];

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={500}>
        {children}
      </Text>
    </Stack>
  );
}

/** Who the person is: organisation, country, side, account status, roles and completion status. */
export function RecordOverview({ record }: { record: PersonRecord }) {
  const { t } = useTranslation();
  const format = useFormatter();
  return (
    <RecordSection id="overview" title={t('personRecord.overview.title')}>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0} spacing="md">
        <Fact label={t('personRecord.overview.organisation')}>
          {record.organisation ? (
            <Anchor component={Link} to={organisationPath(record.organisation.id)}>
              {record.organisation.name}
            </Anchor>
          ) : (
            '–'
          )}
        </Fact>
        <Fact label={t('personRecord.overview.country')}>
          {record.countryCode ? format.country(record.countryCode) : '–'}
        </Fact>
        <Fact label={t('personRecord.overview.side')}>{record.side ? t(tutorSideKey(record.side)) : '–'}</Fact>
        <Fact label={t('personRecord.overview.status')}>
          <Badge
            color={record.status === 'ACTIVE' ? 'teal.9' : 'red.9'}
            variant="outline"

            data-testid="record-status"
          >
            {t(`personRecord.status.${record.status}`)}
          </Badge>
          {record.deactivatedAt && (
            <Text span size="sm" c="dimmed">
              {' '}
              {t('personRecord.overview.since', { date: format.dateTime(record.deactivatedAt) })}
            </Text>
          )}
        </Fact>
        <Fact label={t('personRecord.overview.email')}>{record.email ?? t('personRecord.overview.emailHidden')}</Fact>
        <Fact label={t('personRecord.overview.completion')}>
          {record.progress ? <CompletionStatusBadge status={record.progress.status} /> : '–'}
        </Fact>
      </SimpleGrid>
      <Group mt="md" gap="xs">
        <Text size="sm" c="dimmed">
          {t('personRecord.overview.roles')}
        </Text>
        {record.roles.length ? <RoleBadges roles={record.roles} /> : <Text size="sm">–</Text>}
      </Group>
    </RecordSection>
  );
}

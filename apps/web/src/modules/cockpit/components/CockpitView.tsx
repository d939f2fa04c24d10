import { useSuspenseQuery } from '@apollo/client/react';
import { Button, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { useSignedInPerson } from '../../session/session-context';
import { TargetProgressQuery } from '../graphql/cockpit';
import { useRefreshCompletion } from '../hooks/useCockpitActions';
import type { PeopleFilter } from '../export-links';
import { BurnUpView } from './BurnUpView';
import { CockpitHeadline } from './CockpitHeadline';
import { ExportLinks } from './ExportLinks';
import { ForecastView } from './ForecastView';
import { FunnelView } from './FunnelView';
import { PeopleDrillDown } from './PeopleDrillDown';
import { RuleForm } from './RuleForm';
import { TargetForm } from './TargetForm';
import { TargetMatrix } from './TargetMatrix';

function Section({
  id,
  title,
  children,
  exports,
}: {
  id: string;
  title: string;
  children: React.ReactNode;
  exports?: React.ReactNode;
}) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={`${id}-title`}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id={`${id}-title`}>
          {title}
        </Title>
        {exports}
      </Group>
      {children}
    </Paper>
  );
}

/** The target cockpit: headline, funnel, country × side matrix, burn-up, forecast; drill-down and exports. */
export function CockpitView() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(TargetProgressQuery, {
    variables: {},
    fetchPolicy: 'cache-and-network',
  });
  const { refresh, refreshing, failure } = useRefreshCompletion();
  const [drill, setDrill] = useState<{
    filter: PeopleFilter;
    title: string;
  } | null>(null);
  const p = data.targetProgress;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center">
        <Text size="sm" c="dimmed" data-testid="cockpit-freshness">
          {p.refreshedAt
            ? t('cockpit.freshness', {
                at: format.dateTime(p.refreshedAt),
                revision: p.ruleRevision,
              })
            : t('cockpit.notComputed')}
          {p.scope !== 'ALL' &&
            ` · ${t(`cockpit.scope.${p.scope as 'COUNTRY' | 'ORGANISATION'}`, { countries: p.scopeCountries.map((c) => format.country(c)).join(', ') })}`}
        </Text>
        {may(person.roles, 'completion.manage') && (
          <Button size="xs" variant="light" loading={refreshing} onClick={() => void refresh()}>
            {t('cockpit.refresh')}
          </Button>
        )}
      </Group>
      {failure && <ErrorAlert error={failure} />}
      <CockpitHeadline p={p} />
      <Section
        id="funnel"
        title={t('cockpit.funnel.title')}
        exports={<ExportLinks table="funnel" label={t('cockpit.funnel.title')} />}
      >
        <FunnelView p={p} />
      </Section>
      <Section
        id="matrix"
        title={t('cockpit.matrix.title')}
        exports={<ExportLinks table="matrix" label={t('cockpit.matrix.title')} />}
      >
        {p.canSeePeople && (
          <Text size="sm" c="dimmed" mb="xs">
            {t('cockpit.matrix.drillHint')}
          </Text>
        )}
        <TargetMatrix p={p} onDrill={p.canSeePeople ? (filter, title) => setDrill({ filter, title }) : undefined} />
      </Section>
      <Section
        id="burn-up"
        title={t('cockpit.burnUp.title')}
        exports={<ExportLinks table="burn-up" label={t('cockpit.burnUp.title')} />}
      >
        <BurnUpView p={p} />
      </Section>
      <Section id="forecast" title={t('cockpit.forecast.title')}>
        <ForecastView p={p} />
      </Section>
      {may(person.roles, 'completionRule.set') && (
        <Section id="settings" title={t('cockpit.settings')}>
          <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
            <Suspense fallback={<Loader size="sm" />}>
              <RuleForm />
            </Suspense>
            <Suspense fallback={<Loader size="sm" />}>
              <TargetForm />
            </Suspense>
          </SimpleGrid>
        </Section>
      )}
      <PeopleDrillDown
        editionId={p.editionId}
        filter={drill?.filter ?? null}
        title={drill?.title ?? ''}
        onClose={() => setDrill(null)}
      />
    </Stack>
  );
}

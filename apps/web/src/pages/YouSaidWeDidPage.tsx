import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { reportPdf } from '../modules/evidence/report-pdf';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ActionsList } from '../modules/evidence/components/ActionsList';
import { FindingCard } from '../modules/evidence/components/FindingCard';
import { YouSaidWeDidQuery } from '../modules/evidence/graphql/evidence';
import { useFormatter } from '../modules/i18n/hooks/useFormatter';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/you-said-we-did`: for every participant, what the feedback showed and what was changed because of it. */
export function YouSaidWeDidPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('youSaidWeDid').permission}>
      <PageHeader title={t('evidence.ysw.title')} description={t('evidence.ysw.intro')} />
      <YouSaidWeDid />
    </RequirePermission>
  );
}

function YouSaidWeDid() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(YouSaidWeDidQuery, { fetchPolicy: 'cache-and-network' });
  const { analyses, findings, actions } = data.youSaidWeDid;
  if (!findings.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t('evidence.ysw.none')}</Text>
      </Paper>
    );
  return (
    <Stack gap="xl">
      {analyses.length > 0 && (
        <Stack gap={4}>
          {analyses.map((a) => (
            <Group key={a.id} gap="sm">
              <Text c="dimmed">{`${a.title} (${format.dateRange(a.periodStart, a.periodEnd)})`}</Text>
              <Anchor href={reportPdf(a.id, format.locale)} download size="sm">
                {t('evidence.report.download')}
              </Anchor>
            </Group>
          ))}
        </Stack>
      )}
      <section aria-labelledby="you-said">
        <Title order={2} id="you-said" mb="sm">
          {t('evidence.ysw.saidTitle')}
        </Title>
        <Stack gap="md">
          {findings.map((f) => (
            <FindingCard key={f.id} finding={f} />
          ))}
        </Stack>
      </section>
      <section aria-labelledby="we-did">
        <Title order={2} id="we-did" mb="sm">
          {t('evidence.ysw.didTitle')}
        </Title>
        <ActionsList actions={actions} />
      </section>
    </Stack>
  );
}

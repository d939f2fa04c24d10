import type { CyclePhaseKind } from '@tandem/shared-domain';
import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ActionForm } from '../modules/evidence/components/ActionForm';
import { ActionsList } from '../modules/evidence/components/ActionsList';
import { ActionTools } from '../modules/evidence/components/ActionTools';
import { DraftFindingTools } from '../modules/evidence/components/DraftFindingTools';
import { FindingCard } from '../modules/evidence/components/FindingCard';
import { FindingTranslations } from '../modules/evidence/components/FindingTranslations';
import { NewFindingForm } from '../modules/evidence/components/NewFindingForm';
import { InterimAnalysisQuery } from '../modules/evidence/graphql/evidence';
import { reportPdf } from '../modules/evidence/report-pdf';
import { useFindingActions } from '../modules/evidence/hooks/useFindingActions';
import { useFormatter } from '../modules/i18n/hooks/useFormatter';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';

/** `/interim-analysis`: the edition's interim analyses, their findings with the cited evidence, and the actions. */
export function InterimAnalysisPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('interimAnalysis').permission}>
      <PageHeader title={t('evidence.analysis.title')} description={t('evidence.analysis.intro', { k: 5 })} />
      <Analyses />
    </RequirePermission>
  );
}

function Analyses() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(InterimAnalysisQuery, { variables: {}, fetchPolicy: 'cache-and-network' });
  const { removeCitation } = useFindingActions();
  const writer = may(person.roles, 'evidence.write');
  const editionId = data.interimAnalyses[0]?.editionId ?? null;
  const findingOptions = data.findings.map((f) => ({ id: f.id, statement: f.statement }));
  if (!data.interimAnalyses.length)
    return (
      <Paper withBorder p="lg">
        <Text>{t('evidence.analysis.none')}</Text>
      </Paper>
    );
  return (
    <Stack gap="xl">
      {data.interimAnalyses.map((a) => {
        const findings = data.findings.filter((f) => f.analysisId === a.id);
        return (
          <section key={a.id} aria-labelledby={`analysis-${a.id}`}>
            <Stack gap="md">
              <div>
                <Title order={2} id={`analysis-${a.id}`}>
                  {a.title}
                </Title>
                <Text c="dimmed" size="sm">
                  {t(`cycle.phases.${a.phaseKind as CyclePhaseKind}`)} · {format.dateRange(a.periodStart, a.periodEnd)}{' '}
                  · {t(`evidence.status.${a.status}`)}
                </Text>
                <Anchor href={reportPdf(a.id, format.locale)} download size="sm" data-testid="interim-report-pdf">
                  {t('evidence.report.download')}
                </Anchor>
              </div>
              {writer && <NewFindingForm analysisId={a.id} editionId={a.editionId} />}
              <Title order={3} size="h4">
                {t('evidence.findings.title', { count: findings.length })}
              </Title>
              {findings.map((f) => (
                <FindingCard key={f.id} finding={f} onRemoveCitation={(id) => void removeCitation(id)}>
                  <DraftFindingTools finding={f} />
                  {writer && <FindingTranslations finding={f} />}
                </FindingCard>
              ))}
            </Stack>
          </section>
        );
      })}
      <section aria-labelledby="improvement-actions">
        <Title order={2} id="improvement-actions" mb="sm">
          {t('evidence.actions.title')}
        </Title>
        <Stack gap="md">
          {writer && editionId && (
            <Paper withBorder p="md">
              <ActionForm editionId={editionId} findings={findingOptions} />
            </Paper>
          )}
          <ActionsList
            actions={data.improvementActions}
            tools={
              writer && editionId
                ? (action) => <ActionTools action={action} editionId={editionId} findings={findingOptions} />
                : undefined
            }
          />
        </Stack>
      </section>
    </Stack>
  );
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Box, Button, Grid, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { ModuleAssignments } from '../../assignments/components/ModuleAssignments';
import { ModuleCompetences } from '../../competences/components/ModuleCompetences';
import { SuggestedResources } from '../../toolbox/components/SuggestedResources';
import { GlossaryText } from '../../dictionary/components/GlossaryText';
import { useGlossaryMatches } from '../../dictionary/hooks/useDictionary';
import { ModuleQuery } from '../graphql/modules';
import { FallbackMarker } from './FallbackMarker';
import { MaterialList } from './MaterialList';
import { DeliveryModeBadge, useHoursLabel, useModuleKindLabel } from './ModuleFacts';
import { ModuleEditor } from './ModuleEditor';
import { ModuleHistory } from './ModuleHistory';

/** A module in the viewer's language, its materials and version history; editors switch to editing. */
export function ModuleDetail({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const kindLabel = useModuleKindLabel();
  const hours = useHoursLabel();
  const [params, setParams] = useSearchParams();
  const { data } = useSuspenseQuery(ModuleQuery, {
    variables: { id: moduleId, draft: false, language: locale },
    fetchPolicy: 'cache-and-network',
  });
  const module = data.module;
  // A text shown in English for want of a translation is looked up in English (a second request only then).
  const textsIn = (fallback: boolean) => [
    ...(module.summaryIsFallback === fallback ? [module.summary] : []),
    ...(module.learningOutcomesIsFallback === fallback ? module.learningOutcomes : []),
  ];
  const localTerms = useGlossaryMatches(textsIn(false), locale);
  const englishTerms = useGlossaryMatches(textsIn(true), 'en');
  const termsOf = (fallback: boolean) => (fallback ? englishTerms : localTerms);
  const editing = module.canEdit && params.get('edit') === '1';
  const setEditing = (on: boolean) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (on) next.set('edit', '1');
        else next.delete('edit');
        return next;
      },
      { replace: false },
    );

  return (
    <>
      <Anchor component={Link} to="/modules" size="sm" mb="xs" display="inline-block">
        ← {t('modules.allModules')}
      </Anchor>
      <PageHeader
        title={editing ? t('modules.editor.title', { code: module.code }) : module.title}
        description={
          <>
            {module.code}
            {' · '}
            {kindLabel(module)}
            {' · '}
            {t('modules.versionNumber', { version: module.version })}
            <FallbackMarker show={!editing && module.titleIsFallback} />
          </>
        }
        actions={
          module.canEdit && (
            <Button
              variant={editing ? 'default' : 'filled'}
              onClick={() => setEditing(!editing)}
              data-testid="toggle-edit"
            >
              {editing ? t('modules.editor.close') : t('modules.edit')}
            </Button>
          )
        }
      />

      {editing ? (
        <ModuleEditor moduleId={moduleId} editionId={module.editionId} />
      ) : (
        <Stack gap="xl">
          {module.status === 'DRAFT' && (
            <Badge color="orange" size="lg">
              {t('modules.draftNotPublished')}
            </Badge>
          )}
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack gap="lg">
                <section aria-labelledby="module-summary">
                  <Title order={2} id="module-summary" mb="xs">
                    {t('modules.summary')}
                    <FallbackMarker show={module.summaryIsFallback} />
                  </Title>
                  <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
                    {module.summary ? (
                      <GlossaryText text={module.summary} terms={termsOf(module.summaryIsFallback)} />
                    ) : (
                      t('modules.noSummary')
                    )}
                  </Text>
                </section>
                <section aria-labelledby="module-outcomes">
                  <Title order={2} id="module-outcomes" mb="xs">
                    {t('modules.learningOutcomes')}
                    <FallbackMarker show={module.learningOutcomesIsFallback} />
                  </Title>
                  {module.learningOutcomes.length ? (
                    <List spacing="xs" data-testid="learning-outcomes">
                      {module.learningOutcomes.map((outcome, i) => (
                        <List.Item key={i}>
                          <GlossaryText text={outcome} terms={termsOf(module.learningOutcomesIsFallback)} />
                        </List.Item>
                      ))}
                    </List>
                  ) : (
                    <Text c="dimmed">{t('modules.noOutcomes')}</Text>
                  )}
                </section>
                <section aria-labelledby="module-materials">
                  <Title order={2} id="module-materials" mb="xs">
                    {t('modules.materials.title')}
                  </Title>
                  <MaterialList materials={module.materials} />
                </section>
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Paper component="section" aria-labelledby="module-facts" withBorder p="md">
                <Title order={2} size="h4" id="module-facts" mb="sm">
                  {t('modules.facts')}
                </Title>
                <Stack component="dl" gap="sm" m={0}>
                  <Fact label={t('modules.kind')}>{kindLabel(module)}</Fact>
                  <Fact label={t('modules.fields.contactHours')}>
                    {t('modules.hoursValue', {
                      hours: format.number(module.contactHours),
                    })}
                  </Fact>
                  <Fact label={t('modules.fields.selfStudyHours')}>
                    {t('modules.hoursValue', {
                      hours: format.number(module.selfStudyHours),
                    })}
                  </Fact>
                  <Fact label={t('modules.totalHours')}>{hours(module)}</Fact>
                  <Fact label={t('modules.fields.deliveryMode')}>
                    <DeliveryModeBadge mode={module.deliveryMode} />
                  </Fact>
                  <Fact label={t('modules.version')}>
                    <span data-testid="module-version-number">
                      {t('modules.versionNumber', { version: module.version })}
                    </span>
                  </Fact>
                  {module.publishedAt && (
                    <Fact label={t('modules.publishedAt')}>{format.dateTime(module.publishedAt)}</Fact>
                  )}
                </Stack>
              </Paper>
              <Box mt="lg">
                <SuggestedResources moduleId={moduleId} />
              </Box>
            </Grid.Col>
          </Grid>
          <ModuleCompetences moduleId={moduleId} />
          <ModuleAssignments moduleId={moduleId} canEdit={module.canEdit} />
          <section aria-labelledby="module-history">
            <Title order={2} id="module-history" mb="xs">
              {t('modules.history.title')}
            </Title>
            <ModuleHistory moduleId={moduleId} />
          </section>
        </Stack>
      )}
    </>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Group component="dd" m={0} fw={500} gap="xs">
        {children}
      </Group>
    </div>
  );
}

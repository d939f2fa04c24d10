import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { isLocale, isUuid } from '@tandem/shared-domain';
import { startTransition, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { useAddressParams } from '../modules/navigation/hooks/useAddressParams';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import {
  QuestionComparison,
  type ComparisonBy,
  type ComparisonFilters,
} from '../modules/surveys/components/QuestionComparison';
import { SurveyQuery } from '../modules/surveys/graphql/surveys';

const COMPARABLE = ['LIKERT_5', 'SCALE_0_10', 'SINGLE', 'MULTI'];
/** The address's name of each filter. */
const ADDRESS: Record<keyof ComparisonFilters, string> = {
  side: 'side',
  responseLanguage: 'language',
  trainerId: 'trainer',
};

/**
 * `/surveys/:surveyId/compare?question=Q1&by=SESSION&side=&language=&trainer=`: one template question over
 * the module's sessions or versions, for one side, response language or trainer if chosen.
 */
export function SurveyComparisonPage() {
  const { surveyId } = useParams();
  if (!isUuid(surveyId)) return <NotFoundNotice />;
  return (
    <RequirePermission permission={navItem('surveys').permission}>
      <Comparison id={surveyId} />
    </RequirePermission>
  );
}

function Comparison({ id }: { id: string }) {
  const { t } = useTranslation();
  const [params, update] = useAddressParams();
  // A change keeps the figures shown until the new ones have arrived (no loading flash, focus stays).
  const change = (changes: Record<string, string | null>) => startTransition(() => update(changes));
  const { data } = useSuspenseQuery(SurveyQuery, { variables: { id } });
  const s = data.survey;
  const questions = s.questions.filter((q) => !q.byTrainer && COMPARABLE.includes(q.type));
  const code = questions.some((q) => q.code === params.get('question'))
    ? (params.get('question') as string)
    : questions[0]?.code;
  const by: ComparisonBy = params.get('by') === 'MODULE_VERSION' ? 'MODULE_VERSION' : 'SESSION';
  const side = params.get('side');
  const language = params.get('language');
  const trainer = params.get('trainer');
  const filters: ComparisonFilters = {
    side: side === 'SCHOOL' || side === 'COMPANY' ? side : null,
    responseLanguage: isLocale(language) ? language : null,
    trainerId: isUuid(trainer) ? trainer : null,
  };
  return (
    <>
      <PageHeader
        title={t('surveys.compare.title')}
        description={[s.moduleCode, s.moduleTitle].filter(Boolean).join(' · ')}
      />
      <Stack gap="md">
        <Anchor component={Link} to={`/surveys/${id}`}>
          {t('surveys.compare.back')}
        </Anchor>
        <Text size="sm">{t('surveys.compare.intro')}</Text>
        <Group align="flex-end" gap="lg">
          <NativeSelect
            label={t('surveys.compare.question')}
            value={code}
            onChange={(e) => change({ question: e.currentTarget.value })}
            data={questions.map((q) => ({ value: q.code, label: q.text }))}
            maw={480}
          />
          <Stack gap={4}>
            <Text id="compare-by-label" size="sm" fw={500}>
              {t('surveys.compare.by')}
            </Text>
            <SegmentedControl
              aria-labelledby="compare-by-label"
              value={by}
              onChange={(next) => change({ by: next })}
              data={[
                { value: 'SESSION', label: t('surveys.compare.bySession') },
                { value: 'MODULE_VERSION', label: t('surveys.compare.byVersion') },
              ]}
            />
          </Stack>
        </Group>
        {code ? (
          <Suspense fallback={<Text role="status">{t('surveys.compare.loading')}</Text>}>
            <QuestionComparison
              surveyId={id}
              questionCode={code}
              by={by}
              filters={filters}
              onFilter={(next) =>
                change(
                  Object.fromEntries(Object.entries(next).map(([k, v]) => [ADDRESS[k as keyof ComparisonFilters], v])),
                )
              }
            />
          </Suspense>
        ) : (
          <Text>{t('surveys.compare.none')}</Text>
        )}
      </Stack>
    </>
  );
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Group, NativeSelect, SegmentedControl, Stack, Text } from '@mantine/core';
import { isUuid } from '@tandem/shared-domain';
import { PageHeader } from '@tandem/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { NotFoundNotice } from '../modules/errors/components/NotFoundNotice';
import { navItem } from '../modules/navigation/nav-items';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { QuestionComparison, type ComparisonBy } from '../modules/surveys/components/QuestionComparison';
import { SurveyQuery } from '../modules/surveys/graphql/surveys';

const COMPARABLE = ['LIKERT_5', 'SCALE_0_10', 'SINGLE', 'MULTI'];

/** `/surveys/:surveyId/compare?question=Q1&by=SESSION`: one template question over the module's sessions or versions. */
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
  const [params, setParams] = useSearchParams();
  const { data } = useSuspenseQuery(SurveyQuery, { variables: { id } });
  const s = data.survey;
  const questions = s.questions.filter((q) => !q.byTrainer && COMPARABLE.includes(q.type));
  const code = questions.some((q) => q.code === params.get('question'))
    ? (params.get('question') as string)
    : questions[0]?.code;
  const by: ComparisonBy = params.get('by') === 'MODULE_VERSION' ? 'MODULE_VERSION' : 'SESSION';
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
            onChange={(e) => setParams({ question: e.currentTarget.value, by })}
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
              onChange={(next) => setParams({ question: code ?? '', by: next })}
              data={[
                { value: 'SESSION', label: t('surveys.compare.bySession') },
                { value: 'MODULE_VERSION', label: t('surveys.compare.byVersion') },
              ]}
            />
          </Stack>
        </Group>
        {code ? (
          <Suspense fallback={<Text role="status">{t('surveys.compare.loading')}</Text>}>
            <QuestionComparison surveyId={id} questionCode={code} by={by} />
          </Suspense>
        ) : (
          <Text>{t('surveys.compare.none')}</Text>
        )}
      </Stack>
    </>
  );
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Divider, Paper, Stack, Text, Title } from '@mantine/core';
import type { PolicyRecommendationAudience } from '@tandem/web-graphql';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useFormatter } from '../modules/i18n/hooks/useFormatter';
import { navItem } from '../modules/navigation/nav-items';
import { AUDIENCES, audienceName } from '../modules/policy-recommendations/audience';
import { RecommendationEvidence } from '../modules/policy-recommendations/components/RecommendationEvidence';
import { PolicyBriefQuery } from '../modules/policy-recommendations/graphql/policy-recommendations';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { NotFoundPage } from './NotFoundPage';

/**
 * `/policy-recommendations/briefs/:audience?country=LT`: the published recommendations of one
 * audience as a policy brief, each statement followed by its evidence; the PDF is drawn from the
 * same query's data on the server.
 */
export function PolicyBriefPage() {
  const { audience = '' } = useParams();
  const [params] = useSearchParams();
  if (!(AUDIENCES as readonly string[]).includes(audience)) return <NotFoundPage />;
  return (
    <RequirePermission permission={navItem('policyRecommendations').permission}>
      <Brief audience={audience as PolicyRecommendationAudience} countryCode={params.get('country')} />
    </RequirePermission>
  );
}

function Brief({ audience, countryCode }: { audience: PolicyRecommendationAudience; countryCode: string | null }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(PolicyBriefQuery, {
    variables: { audience, countryCode },
    fetchPolicy: 'cache-and-network',
  });
  const brief = data.policyBrief;
  const name = audienceName(t, format.country, brief.audience, brief.countryCode);
  const pdf = `${brief.pdfPath}${brief.pdfPath.includes('?') ? '&' : '?'}lang=${format.locale}`;
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/policy-recommendations" size="sm">
        {t('policy.brief.back')}
      </Anchor>
      <PageHeader
        title={t('policy.brief.title', { audience: name })}
        description={
          <>
            {[
              brief.editionName,
              brief.publishedAt && t('policy.brief.publishedOn', { date: format.dateTime(brief.publishedAt) }),
              t('policy.brief.summary', { count: brief.recommendations.length, evidence: brief.evidenceCount }),
            ]
              .filter(Boolean)
              .join(' · ')}
          </>
        }
        actions={
          <Button component="a" href={pdf} variant="light" data-testid="policy-brief-pdf">
            {t('policy.brief.pdf')}
          </Button>
        }
      />
      <Text>{t('policy.brief.intro', { k: 5 })}</Text>
      {!brief.recommendations.length && (
        <Paper withBorder p="lg">
          <Text>{t('policy.brief.none')}</Text>
        </Paper>
      )}
      {brief.recommendations.map((r, i) => (
        <article key={r.id} aria-labelledby={`brief-${r.id}`} data-testid="brief-recommendation">
          <Divider mb="sm" />
          <Text size="sm" fw={700} c="dimmed">
            {t('policy.brief.recommendation', { n: i + 1 })}
          </Text>
          <Title order={2} size="h3" id={`brief-${r.id}`} lang={r.language}>
            {r.title}
          </Title>
          <Text my="sm" lang={r.language} style={{ whiteSpace: 'pre-line' }}>
            {r.text}
          </Text>
          <RecommendationEvidence recommendation={r} />
        </article>
      ))}
    </Stack>
  );
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, List, Paper, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../modules/i18n/hooks/useFormatter';
import { navItem } from '../modules/navigation/nav-items';
import { audienceName, briefPath } from '../modules/policy-recommendations/audience';
import { RecommendationCard } from '../modules/policy-recommendations/components/RecommendationCard';
import { RecommendationForm } from '../modules/policy-recommendations/components/RecommendationForm';
import { RecommendationTools } from '../modules/policy-recommendations/components/RecommendationTools';
import { PolicyRecommendationsQuery } from '../modules/policy-recommendations/graphql/policy-recommendations';
import { usePolicyRecommendationActions } from '../modules/policy-recommendations/hooks/usePolicyRecommendationActions';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { mayEverywhere } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';
import { viewerCountries } from '../modules/session/viewer-countries';

/**
 * `/policy-recommendations`: the briefs per audience; for researchers the editor and every
 * recommendation; for coordinators and observers the ones in consultation they may comment on.
 */
export function PolicyRecommendationsPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission={navItem('policyRecommendations').permission}>
      <PageHeader title={t('policy.title')} description={t('policy.intro')} />
      <Recommendations />
    </RequirePermission>
  );
}

function Recommendations() {
  const { t } = useTranslation();
  const format = useFormatter();
  const person = useSignedInPerson();
  const { data } = useSuspenseQuery(PolicyRecommendationsQuery, { fetchPolicy: 'cache-and-network' });
  const { removeCitation } = usePolicyRecommendationActions();
  const writer = mayEverywhere(person.roles, 'policyRecommendation.write');
  const commentCountries = writer ? [] : viewerCountries(person.roles, 'policyRecommendation.comment');
  return (
    <Stack gap="xl">
      <section aria-labelledby="policy-briefs">
        <Title order={2} id="policy-briefs" mb="xs">
          {t('policy.briefs.title')}
        </Title>
        {data.policyBriefs.length ? (
          <List>
            {data.policyBriefs.map((b) => (
              <List.Item key={`${b.audience}-${b.countryCode ?? ''}`}>
                <Anchor component={Link} to={briefPath(b.audience, b.countryCode)}>
                  {t('policy.briefs.link', {
                    audience: audienceName(t, format.country, b.audience, b.countryCode),
                    count: b.recommendationCount,
                  })}
                </Anchor>
              </List.Item>
            ))}
          </List>
        ) : (
          <Text c="dimmed">{t('policy.briefs.none')}</Text>
        )}
      </section>
      {commentCountries.length > 0 && (
        <Text>
          {t('policy.consultationNote', { countries: commentCountries.map((c) => format.country(c)).join(', ') })}
        </Text>
      )}
      {writer && (
        <Suspense fallback={null}>
          <RecommendationForm />
        </Suspense>
      )}
      {data.policyRecommendations.length ? (
        data.policyRecommendations.map((r) => (
          <RecommendationCard key={r.id} recommendation={r} onRemoveCitation={(id) => void removeCitation(id)}>
            <RecommendationTools recommendation={r} />
          </RecommendationCard>
        ))
      ) : (
        <Paper withBorder p="lg">
          <Text>{t('policy.none')}</Text>
        </Paper>
      )}
    </Stack>
  );
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { YouSaidWeDidQuery } from '../graphql/evidence';

/** On the home page after an interim analysis is published: what changed because of the feedback. */
export function YouSaidWeDidPanel() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(YouSaidWeDidQuery, { fetchPolicy: 'cache-and-network' });
  const { findings, actions } = data.youSaidWeDid;
  if (!findings.length) return null;
  return (
    <section aria-labelledby="you-said-we-did">
      <Title order={2} id="you-said-we-did" mb="sm">
        {t('evidence.ysw.title')}
      </Title>
      <Paper withBorder p="md">
        <Text mb="xs">{t('evidence.ysw.homeSummary', { findings: findings.length, actions: actions.length })}</Text>
        <Anchor component={Link} to="/you-said-we-did" data-testid="you-said-we-did-link">
          {t('evidence.ysw.homeLink')}
        </Anchor>
      </Paper>
    </section>
  );
}

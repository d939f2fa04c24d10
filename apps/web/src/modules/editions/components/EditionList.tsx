import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { EditionsQuery } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhaseStatusBadge } from '../../cycle/components/PhaseStatusBadge';
import { phaseNameKey } from '../../cycle/phases';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { editionPath } from '../edition-path';

type Edition = EditionsQuery['editions'][number];

export function EditionList({ editions }: { editions: readonly Edition[] }) {
  const { t } = useTranslation();
  const format = useFormatter();
  if (editions.length === 0) return <Text>{t('editions.empty')}</Text>;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {editions.map((edition) => (
        <Card key={edition.id} component="article" aria-labelledby={`edition-${edition.id}`} data-testid="edition">
          <Title order={2} id={`edition-${edition.id}`}>
            <Anchor component={Link} to={editionPath(edition.id)} inherit>
              {edition.name}
            </Anchor>
          </Title>
          <Text c="dimmed" mb="md">
            {edition.programmeName}
          </Text>
          <Stack component="dl" gap="sm" m={0}>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('editions.period')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                <time dateTime={edition.startsOn}>{format.date(edition.startsOn)}</time>
                {' – '}
                <time dateTime={edition.endsOn}>{format.date(edition.endsOn)}</time>
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('editions.target')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {t('editions.targetTrained', { count: edition.targetTrained })}
              </Text>
            </div>
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('editions.currentPhase')}
              </Text>
              <Text component="dd" m={0} fw={500}>
                {edition.currentPhase ? (
                  <Group gap="xs" component="span">
                    <span>{t(phaseNameKey(edition.currentPhase.kind))}</span>
                    <PhaseStatusBadge status={edition.currentPhase.status} />
                  </Group>
                ) : (
                  t('editions.noCurrentPhase')
                )}
              </Text>
            </div>
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

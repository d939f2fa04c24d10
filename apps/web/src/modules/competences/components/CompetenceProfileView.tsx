import { useSuspenseQuery } from '@apollo/client/react';
import { Accordion, Badge, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { CompetenceProfileQuery } from '../graphql/competences';

/** The published competence profile, read-only: areas, competences and their level descriptors. */
export function CompetenceProfileView() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(CompetenceProfileQuery, { variables: {} });
  const p = data.competenceProfile;
  const count = p.areas.reduce((n, a) => n + a.competences.length, 0);
  return (
    <Stack gap="lg">
      <Group gap="sm">
        <Badge variant="light">{t('competences.version', { version: p.version })}</Badge>
        <Badge variant="light" color={p.status === 'PUBLISHED' ? 'blue' : 'gray'}>
          {t(`competences.status.${p.status}`)}
        </Badge>
        {p.publishedAt && (
          <Text size="sm">{t('competences.publishedOn', { date: format.dateTime(p.publishedAt) })}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('competences.competenceCount', { count })}
        </Text>
      </Group>
      {p.areas.map((area) => (
        <Stack key={area.id} gap="xs" data-testid="competence-area" data-code={area.code}>
          <Title order={2} size="h3">
            {area.title}
          </Title>
          <Accordion variant="separated" multiple>
            {area.competences.map((c) => (
              <Accordion.Item key={c.id} value={c.id}>
                <Accordion.Control>
                  <Text span fw={600}>
                    {c.code}
                  </Text>{' '}
                  {c.title}
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="xs">
                    <Text>{c.description}</Text>
                    <Text fw={600} size="sm">
                      {t('competences.levels')}
                    </Text>
                    <List type="ordered" spacing={4}>
                      {c.levels.map((d, i) => (
                        <List.Item key={i}>
                          <Text span fw={500}>
                            {p.levelNames[i] ?? i + 1}:
                          </Text>{' '}
                          {d}
                        </List.Item>
                      ))}
                    </List>
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      ))}
    </Stack>
  );
}

import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { TandemTutorFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationPath, tutorSideKey } from '../../network/labels';
import { PersonLink } from '../../person-record/components/PersonLink';

/** One partner of a tandem: name, side, organisation (linked), occupation and, when given, e-mail. */
export function TutorCard({ tutor, isViewer }: { tutor: TandemTutorFragment; isViewer: boolean }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const headingId = `tutor-${tutor.id}`;
  return (
    <Card
      component="article"
      withBorder
      aria-labelledby={headingId}
      data-testid={`tandem-${tutor.side.toLowerCase()}-tutor`}
    >
      <Stack gap="xs">
        <Group gap="xs" justify="space-between" wrap="wrap">
          <Title order={3} id={headingId}>
            <PersonLink personId={tutor.id}>{tutor.displayName}</PersonLink>
            {isViewer && (
              <Text span c="dimmed" fw={400} fz="md">
                {' '}
                {t('tandems.my.you')}
              </Text>
            )}
          </Title>
          <Badge variant="outline" color="baltic.7">
            {t(tutorSideKey(tutor.side))}
          </Badge>
        </Group>
        <Stack component="dl" gap={6} m={0}>
          <div>
            <Text component="dt" size="sm" c="dimmed">
              {t('tandems.my.organisation')}
            </Text>
            <Text component="dd" m={0} fw={500}>
              <Anchor component={Link} to={organisationPath(tutor.organisation.id)}>
                {tutor.organisation.name}
              </Anchor>
              <Text span c="dimmed" size="sm">
                {' · '}
                {[tutor.organisation.city, format.country(tutor.organisation.country)].filter(Boolean).join(', ')}
              </Text>
            </Text>
          </div>
          {tutor.occupationField && (
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('tandems.my.occupation')}
              </Text>
              <Text component="dd" m={0}>
                {tutor.occupationField}
              </Text>
            </div>
          )}
          {tutor.email && (
            <div>
              <Text component="dt" size="sm" c="dimmed">
                {t('tandems.my.email')}
              </Text>
              <Text component="dd" m={0}>
                <Anchor href={`mailto:${tutor.email}`} style={{ overflowWrap: 'anywhere' }}>
                  {tutor.email}
                </Anchor>
              </Text>
            </div>
          )}
        </Stack>
      </Stack>
    </Card>
  );
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, List, Paper, SimpleGrid, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { DetailItem, PageHeader, safeHttpUrl } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { OrganisationQuery } from '../graphql/network';
import { organisationKindKey, organisationPath, sectorKey, sizeClassKey, tutorSideKey } from '../labels';
import { NotGiven } from './OrganisationTable';

/** `/organisations/:id`: details, its cluster and its tutors (e-mails only where the API gives them). */
export function OrganisationDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(OrganisationQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const organisation = data.organisation;
  const website = safeHttpUrl(organisation.website);
  const withEmail = organisation.tutors.some((tutor) => tutor.email);
  const clusterIntro =
    organisation.kind === 'VET_INSTITUTION'
      ? t('network.organisation.clusterOfSchool')
      : organisation.kind === 'COMPANY'
        ? t('network.organisation.clusterOfCompany')
        : t('network.organisation.clusterOther');

  return (
    <>
      <Anchor component={Link} to="/organisations" size="sm" mb="xs" display="inline-block">
        ← {t('network.organisation.back')}
      </Anchor>
      <PageHeader
        title={organisation.name}
        description={[
          t(organisationKindKey(organisation.kind)),
          organisation.city,
          format.country(organisation.country),
        ]
          .filter(Boolean)
          .join(' · ')}
      />
      <Stack gap="lg">
        <Paper component="section" aria-labelledby="organisation-details" withBorder p="lg">
          <Title order={2} id="organisation-details" mb="md">
            {t('network.organisation.detailsTitle')}
          </Title>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
            <DetailItem term={t('network.organisation.kind')}>{t(organisationKindKey(organisation.kind))}</DetailItem>
            <DetailItem term={t('network.organisation.registryCode')}>{organisation.registryCode}</DetailItem>
            <DetailItem term={t('network.organisation.city')}>{organisation.city ?? <NotGiven />}</DetailItem>
            <DetailItem term={t('network.organisation.country')}>{format.country(organisation.country)}</DetailItem>
            <DetailItem term={t('network.organisation.website')}>
              {website ? (
                <Anchor href={website} target="_blank" rel="noopener noreferrer">
                  {website.replace(/^https?:\/\//, '').replace(/\/$/, '')}
                </Anchor>
              ) : (
                (organisation.website ?? <NotGiven />)
              )}
            </DetailItem>
            <DetailItem term={t('network.organisation.sector')}>
              {organisation.sector ? t(sectorKey(organisation.sector)) : <NotGiven />}
            </DetailItem>
            <DetailItem term={t('network.organisation.sizeClass')}>
              {organisation.sizeClass ? t(sizeClassKey(organisation.sizeClass)) : <NotGiven />}
            </DetailItem>
          </SimpleGrid>
        </Paper>

        <Paper
          component="section"
          aria-labelledby="organisation-cluster"
          withBorder
          p="lg"
          data-testid="organisation-cluster"
        >
          <Title order={2} id="organisation-cluster">
            {t('network.organisation.clusterTitle')}
          </Title>
          <Text c="dimmed" mt={4} mb="md">
            {clusterIntro}
          </Text>
          {organisation.cluster.length === 0 ? (
            <Text>{t('network.organisation.clusterEmpty')}</Text>
          ) : (
            <List spacing="xs">
              {organisation.cluster.map((linked) => (
                <List.Item key={linked.id}>
                  <Anchor component={Link} to={organisationPath(linked.id)} fw={500}>
                    {linked.name}
                  </Anchor>
                  <Text span c="dimmed" size="sm">
                    {' · '}
                    {[t(organisationKindKey(linked.kind)), linked.city].filter(Boolean).join(' · ')}
                  </Text>
                </List.Item>
              ))}
            </List>
          )}
        </Paper>

        <Paper
          component="section"
          aria-labelledby="organisation-tutors"
          withBorder
          p="lg"
          data-testid="organisation-tutors"
        >
          <Title order={2} id="organisation-tutors" mb="md">
            {t('network.organisation.tutorsTitle')}{' '}
            <Badge variant="outline" color="gray.8" component="span">
              <VisuallyHidden>(</VisuallyHidden>
              {format.number(organisation.tutors.length)}
              <VisuallyHidden>)</VisuallyHidden>
            </Badge>
          </Title>
          {organisation.tutors.length === 0 ? (
            <Text>{t('network.organisation.tutorsEmpty')}</Text>
          ) : (
            <Table.ScrollContainer minWidth={480}>
              <Table striped verticalSpacing="sm" withTableBorder>
                <caption>
                  <VisuallyHidden>
                    {t('network.organisation.tutorsCaption', { name: organisation.name })}
                  </VisuallyHidden>
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('network.organisation.tutorName')}</Table.Th>
                    <Table.Th scope="col">{t('network.organisation.tutorSide')}</Table.Th>
                    <Table.Th scope="col">{t('network.organisation.tutorOccupation')}</Table.Th>
                    {withEmail && <Table.Th scope="col">{t('network.organisation.tutorEmail')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {organisation.tutors.map((tutor) => (
                    <Table.Tr key={tutor.id} data-testid="organisation-tutor">
                      <Table.Th scope="row" fw={500}>
                        {tutor.displayName}
                      </Table.Th>
                      <Table.Td>{t(tutorSideKey(tutor.side))}</Table.Td>
                      <Table.Td>{tutor.occupationField ?? <NotGiven />}</Table.Td>
                      {withEmail && (
                        <Table.Td>
                          {tutor.email ? (
                            <Anchor href={`mailto:${tutor.email}`} style={{ overflowWrap: 'anywhere' }}>
                              {tutor.email}
                            </Anchor>
                          ) : (
                            <NotGiven />
                          )}
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Paper>
      </Stack>
    </>
  );
}

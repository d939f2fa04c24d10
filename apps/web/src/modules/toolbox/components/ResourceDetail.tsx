import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';
import { DetailItem, PageHeader, PageSection } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { ResourceQuery } from '../graphql/toolbox';
import { audienceKey, resourceKindKey, resourcePath } from '../labels';
import { LanguageBadges } from './LanguageBadges';
import { ResourceContent, VersionDownload } from './ResourceContent';

const languageName = (code: string) => (isLocale(code) ? LOCALE_NATIVE_NAMES[code] : code);

/** `/toolbox/:id`: a resource in the reader's language (else English), its parts, versions and history. */
export function ResourceDetail({ id }: { id: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data } = useSuspenseQuery(ResourceQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const resource = data.resource;
  const items = [...resource.items].sort((a, b) => (a.position ?? 0) - (b.position ?? 0));
  const notInMine = resource.shownLanguage !== format.locale;

  return (
    <>
      <Anchor
        component={Link}
        to={resource.parentId ? resourcePath(resource.parentId) : '/toolbox'}
        size="sm"
        mb="xs"
        display="inline-block"
      >
        ← {resource.parentId ? t('toolbox.resources.backToCollection') : t('toolbox.resources.back')}
      </Anchor>
      <PageHeader
        title={resource.title}
        description={<span lang={resource.shownLanguage}>{resource.summary || t(resourceKindKey(resource.kind))}</span>}
      />
      <Stack gap="lg">
        <PageSection id="resource-about" title={t('toolbox.resources.about')}>
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" m={0}>
            <DetailItem term={t('toolbox.resources.kind')}>{t(resourceKindKey(resource.kind))}</DetailItem>
            <DetailItem term={t('toolbox.resources.languages')}>
              <LanguageBadges languages={resource.languages} />
            </DetailItem>
            <DetailItem term={t('toolbox.resources.audience')}>
              {resource.audience.map((a) => t(audienceKey(a))).join(', ') || '—'}
            </DetailItem>
            <DetailItem term={t('toolbox.resources.author')}>{resource.author ?? '—'}</DetailItem>
            <DetailItem term={t('toolbox.resources.source')}>{resource.source ?? '—'}</DetailItem>
            <DetailItem term={t('toolbox.resources.licence')}>{resource.licence ?? '—'}</DetailItem>
          </SimpleGrid>
          {notInMine && (
            <Text size="sm" c="dimmed" mt="md" data-testid="shown-language">
              {t('toolbox.resources.shownIn', { language: languageName(resource.shownLanguage) })}
            </Text>
          )}
        </PageSection>

        {resource.content && (
          <PageSection id="resource-content" title={t('toolbox.resources.content')}>
            <ResourceContent resourceId={resource.id} title={resource.title} content={resource.content} />
          </PageSection>
        )}

        {items.length > 0 && (
          <PageSection id="resource-items" title={t('toolbox.resources.items', { count: items.length })}>
            <Stack component="ol" gap="xs" m={0} pl="lg">
              {items.map((item) => (
                <li key={item.id}>
                  <Anchor component={Link} to={resourcePath(item.id)}>
                    {item.title}
                  </Anchor>
                </li>
              ))}
            </Stack>
          </PageSection>
        )}

        {resource.versions.length > 0 && (
          <PageSection id="resource-history" title={t('toolbox.resources.history')}>
            <Table>
              <Table.Caption>{t('toolbox.resources.historyCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('toolbox.resources.language')}</Table.Th>
                  <Table.Th scope="col">{t('toolbox.resources.version')}</Table.Th>
                  <Table.Th scope="col">{t('toolbox.resources.added')}</Table.Th>
                  <Table.Th scope="col">{t('toolbox.resources.file')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {resource.versions.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>{languageName(v.language)}</Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        {v.version}
                        {v.id === resource.content?.id && <Badge size="xs">{t('toolbox.resources.current')}</Badge>}
                      </Group>
                    </Table.Td>
                    <Table.Td>{format.dateTime(v.createdAt)}</Table.Td>
                    <Table.Td>
                      <VersionDownload resourceId={resource.id} title={resource.title} version={v} />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </PageSection>
        )}
      </Stack>
    </>
  );
}

import { useQuery } from '@apollo/client/react';
import { Badge, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { ModuleHistoryQuery } from '../graphql/modules';
import { fieldLabelParts } from '../module-fields';
import { VersionActions } from './VersionActions';

/** Every version of a module, newest first: when it was published, why, and what changed. */
export function ModuleHistory({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const { data, loading, error } = useQuery(ModuleHistoryQuery, {
    variables: { moduleId },
    fetchPolicy: 'cache-and-network',
  });

  if (!data && loading)
    return (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  if (!data) return error ? <ErrorAlert error={toAppError(error)} /> : null;

  return (
    <Stack component="ol" gap="md" p={0} m={0} style={{ listStyle: 'none' }} data-testid="module-history">
      {data.moduleHistory.map((version) => (
        <Paper
          component="li"
          key={version.id}
          withBorder
          p="md"
          data-testid="module-version"
          data-version={version.version}
        >
          <Group gap="sm" justify="space-between" wrap="wrap">
            <Title order={3} size="h5">
              {t('modules.versionNumber', { version: version.version })}
            </Title>
            <Group gap="xs">
              <Badge
                color={version.status === 'PUBLISHED' ? 'teal' : version.status === 'DRAFT' ? 'orange' : 'gray'}
                variant="light"
              >
                {t(`modules.versionStatus.${version.status}`)}
              </Badge>
              {version.publishedAt && (
                <Text size="sm" c="dimmed">
                  {t('modules.history.publishedOn', {
                    date: format.dateTime(version.publishedAt),
                  })}
                </Text>
              )}
            </Group>
          </Group>
          {version.changeReason && (
            <Text mt="xs">
              <Text span fw={500}>
                {t('modules.history.reason')}
              </Text>{' '}
              {version.changeReason}
            </Text>
          )}
          {version.changes.length === 0 ? (
            <Text size="sm" c="dimmed" mt="xs">
              {version.version === 1 ? t('modules.history.first') : t('modules.history.noChanges')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={480} mt="xs">
              <Table striped withTableBorder verticalSpacing="xs">
                <Table.Caption>
                  {t('modules.history.changesCaption', {
                    version: version.version,
                  })}
                </Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('modules.history.field')}</Table.Th>
                    <Table.Th scope="col">{t('modules.history.before')}</Table.Th>
                    <Table.Th scope="col">{t('modules.history.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {version.changes.map((change) => {
                    const { key, language } = fieldLabelParts(change.field);
                    return (
                      <Table.Tr key={change.field}>
                        <Table.Th scope="row" fw={500}>
                          {key ? t(key) : change.field}
                          {language && ` (${language})`}
                        </Table.Th>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{change.before ?? '—'}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{change.after ?? '—'}</Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <VersionActions version={version.version} actions={version.improvementActions} />
        </Paper>
      ))}
    </Stack>
  );
}

import { useApolloClient } from '@apollo/client/react';
import { Alert, Anchor, Button, FileInput, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { MobilityFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { uploadLearningAgreement } from '../agreement-upload';
import { MobilityHistoryQuery, MobilityQuery } from '../graphql/mobilities';

/** The versions of the learning agreement (each downloadable) and, for who edits, a new version's upload. */
export function LearningAgreements({ mobility }: { mobility: MobilityFieldsFragment }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const client = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [done, setDone] = useState(false);
  const { fieldError } = useFieldErrors(failure);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (uploading) return;
    setDone(false);
    if (!file) {
      setFailure({ code: 'VALIDATION_FAILED', fields: [{ field: 'file', rule: 'required', message: '' }] });
      return;
    }
    setUploading(true);
    setFailure(null);
    try {
      await uploadLearningAgreement(mobility.id, file);
      setFile(null);
      setDone(true);
      await client.refetchQueries({ include: [MobilityQuery, MobilityHistoryQuery] });
    } catch (e) {
      setFailure(e as AppError);
    } finally {
      setUploading(false);
    }
  }

  return (
    <Stack gap="md">
      {mobility.agreements.length === 0 ? (
        <Text c="dimmed">{t('toolbox.mobilities.noAgreement')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="sm" bg="white" withTableBorder data-testid="agreement-versions">
            <caption>
              <VisuallyHidden>{t('toolbox.mobilities.agreementHistory')}</VisuallyHidden>
            </caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('toolbox.mobilities.version')}</Table.Th>
                <Table.Th scope="col">{t('toolbox.mobilities.file')}</Table.Th>
                <Table.Th scope="col">{t('toolbox.mobilities.uploadedBy')}</Table.Th>
                <Table.Th scope="col">{t('toolbox.mobilities.uploadedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {mobility.agreements.map((a) => (
                <Table.Tr key={a.id} data-testid="agreement-version">
                  <Table.Th scope="row">{t('toolbox.mobilities.versionNumber', { version: a.version })}</Table.Th>
                  <Table.Td>
                    <Anchor href={a.downloadUrl} download={a.fileName}>
                      {t('toolbox.mobilities.download', { name: a.fileName })}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      ({format.number(Math.ceil(a.sizeBytes / 1024))} kB)
                    </Text>
                  </Table.Td>
                  <Table.Td>{a.uploadedBy ?? '—'}</Table.Td>
                  <Table.Td>{format.dateTime(a.uploadedAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {mobility.canEdit && (
        <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('toolbox.mobilities.uploadAgreement')}>
          <Stack gap="sm">
            {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
            {done && (
              <Alert color="teal" role="status">
                {t('toolbox.mobilities.agreementUploaded')}
              </Alert>
            )}
            <Group align="flex-end">
              <FileInput
                label={t('toolbox.mobilities.agreementFile')}
                description={t('toolbox.mobilities.agreementFileHelp')}
                name="file"
                value={file}
                onChange={setFile}
                clearable
                error={fieldError('file')}
                w={360}
              />
              <Button type="submit" loading={uploading}>
                {t('toolbox.mobilities.uploadAgreement')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

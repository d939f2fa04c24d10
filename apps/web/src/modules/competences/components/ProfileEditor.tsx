import { useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Table } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { CompetenceProfilesQuery } from '../graphql/profile-editor';
import { useCreateProfileDraft } from '../hooks/useProfileDraft';
import { ProfileDraftEditor } from './ProfileDraftEditor';

/** `/admin/competence-profile`: the versions, their exports, and the editor of the one draft. */
export function ProfileEditor() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(CompetenceProfilesQuery, { fetchPolicy: 'cache-and-network' });
  const { create, creating, failure } = useCreateProfileDraft();
  const versions = data.competenceProfiles;
  const draft = versions.find((v) => v.status === 'DRAFT');

  return (
    <Stack gap="lg">
      {failure && <ErrorAlert error={failure} />}
      <Table striped data-testid="profile-versions">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('competences.editor.version')}</Table.Th>
            <Table.Th scope="col">{t('competences.editor.status')}</Table.Th>
            <Table.Th scope="col">{t('competences.editor.count')}</Table.Th>
            <Table.Th scope="col">{t('competences.editor.exports')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {versions.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>{v.version}</Table.Td>
              <Table.Td>{t(`competences.status.${v.status}`)}</Table.Td>
              <Table.Td>{v.competenceCount}</Table.Td>
              <Table.Td>
                <Group gap="md">
                  <Anchor
                    href={`/api/competence-profiles/${v.version}/profile.json`}
                    download
                    aria-label={t('competences.editor.exportJsonNamed', { version: v.version })}
                  >
                    JSON
                  </Anchor>
                  <Anchor
                    href={`/api/competence-profiles/${v.version}/translations.xlsx`}
                    download
                    aria-label={t('competences.editor.exportXlsxNamed', { version: v.version })}
                  >
                    XLSX
                  </Anchor>
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {draft ? (
        <ProfileDraftEditor key={draft.id} version={draft.version} />
      ) : (
        <Button onClick={() => void create()} loading={creating} w="fit-content">
          {t('competences.editor.newVersion')}
        </Button>
      )}
    </Stack>
  );
}

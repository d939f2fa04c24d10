import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Stack } from '@mantine/core';
import { ProfileEditor } from '../modules/competences/components/ProfileEditor';
import { RoundsAdmin } from '../modules/self-assessments/components/RoundsAdmin';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/admin/competence-profile`: ADMIN opens self-assessment rounds and edits the draft version of the competence profile. */
export function CompetenceProfileEditorPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="competenceProfile.manage">
      <PageHeader title={t('competences.editor.title')} description={t('competences.editor.intro')} />
      <Stack gap="xl">
        <RoundsAdmin />
        <ProfileEditor />
      </Stack>
    </RequirePermission>
  );
}

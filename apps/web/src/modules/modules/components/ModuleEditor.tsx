import { useQuery } from '@apollo/client/react';
import { Group, Loader, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { ModuleEditionsQuery } from '../graphql/modules';
import { useModuleDraft } from '../hooks/useModuleDraft';
import { ModuleDraftForm } from './ModuleDraftForm';

interface Props {
  moduleId: string;
  editionId: string;
}

/**
 * Edits the draft of a module (saving a published one starts draft n+1): texts per working
 * language, hours, delivery mode, the reason for the change, materials; then publishes it.
 */
export function ModuleEditor({ moduleId, editionId }: Props) {
  const { t } = useTranslation();
  const editor = useModuleDraft(moduleId);
  const editions = useQuery(ModuleEditionsQuery);
  const languages = editions.data?.editions.find((e) => e.id === editionId)?.languages ?? ['en'];
  const { draft } = editor;

  if (!draft) {
    if (editor.loadError) return <ErrorAlert error={editor.loadError} />;
    return (
      <Group role="status" gap="sm">
        <Loader size="sm" aria-hidden="true" />
        <Text>{t('app.loading')}</Text>
      </Group>
    );
  }
  return <ModuleDraftForm key={draft.versionId} draft={draft} languages={languages} editor={editor} />;
}

import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Button, FileInput, Group, Select, Stack, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditableProfileQuery } from '../graphql/profile-editor';
import { useProfileDraft } from '../hooks/useProfileDraft';
import { newArea, PROFILE_LANGUAGES, toDocument, type AreaDoc, type ProfileDoc } from '../profile-document';
import { AreaEditor } from './AreaEditor';

/** The one draft of the competence profile: texts per language, areas and competences in order, import, save, publish. */
export function ProfileDraftEditor({ version }: { version: number }) {
  const { t } = useTranslation();
  const { data, refetch } = useSuspenseQuery(EditableProfileQuery, { variables: { version } });
  const profile = data.competenceProfile;
  const [doc, setDoc] = useState<ProfileDoc>(() => toDocument(profile));
  const [language, setLanguage] = useState<string>('en');
  const draft = useProfileDraft(profile.id, refetch);

  const setArea = (i: number, area: AreaDoc) =>
    setDoc((d) => ({ ...d, areas: d.areas.map((a, k) => (k === i ? area : a)) }));
  const show = (next: ProfileDoc | null) => {
    if (next) setDoc(next);
  };
  const label = (key: 'title' | 'description' | 'code', code: string) =>
    t(`competences.editor.field.${key}`, { code, language: language.toUpperCase() });
  const done =
    draft.done === 'save'
      ? t('competences.editor.saved')
      : draft.done === 'import'
        ? t('competences.editor.imported')
        : null;

  return (
    <Stack gap="md" data-testid="draft-editor">
      <Title order={2} size="h3">
        {t('competences.editor.draftTitle', { version })}
      </Title>
      {draft.failure && <ErrorAlert error={draft.failure} />}
      {done && (
        <Alert color="blue" data-testid="editor-done">
          {done}
        </Alert>
      )}
      <Group align="end">
        <Select
          label={t('competences.editor.language')}
          data={PROFILE_LANGUAGES.map((l) => ({ value: l, label: l.toUpperCase() }))}
          value={language}
          onChange={(v) => v && setLanguage(v)}
          allowDeselect={false}
          w={160}
        />
        <FileInput
          label={t('competences.editor.importJson')}
          accept="application/json"
          onChange={(f) => f && void draft.importJson(f, t('competences.editor.importInvalid')).then(show)}
          w={260}
          clearable={false}
        />
        <FileInput
          label={t('competences.editor.importXlsx')}
          accept="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(f) => f && void draft.importXlsx(f).then(show)}
          w={300}
          clearable={false}
        />
      </Group>
      {doc.areas.map((area, i) => (
        <AreaEditor
          key={area.key}
          area={area}
          language={language}
          scaleLevels={doc.scaleLevels}
          label={label}
          onChange={(next) => setArea(i, next)}
        />
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => setDoc((d) => ({ ...d, areas: [...d.areas, newArea(`AREA${d.areas.length + 1}`)] }))}
        >
          {t('competences.editor.addArea')}
        </Button>
        <Button onClick={() => void draft.save(doc).then(show)} loading={draft.saving}>
          {t('competences.editor.save')}
        </Button>
        <Button variant="outline" onClick={() => void draft.publish(doc)} loading={draft.publishing}>
          {t('competences.editor.publish')}
        </Button>
      </Group>
    </Stack>
  );
}

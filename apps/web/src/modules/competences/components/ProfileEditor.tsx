import { useMutation, useSuspenseQuery } from '@apollo/client/react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  Paper,
  Select,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { ErrorAlert, toAppErrorCode, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import {
  CompetenceProfilesQuery,
  CreateCompetenceProfileDraftMutation,
  EditableProfileQuery,
  PublishCompetenceProfileMutation,
  SaveCompetenceProfileDraftMutation,
} from '../graphql/profile-editor';
import {
  missingLanguages,
  move,
  newArea,
  newCompetence,
  PROFILE_LANGUAGES,
  textIn,
  toDocument,
  toInput,
  withText,
  type AreaDoc,
  type CompetenceDoc,
  type ProfileDoc,
} from '../profile-document';

/** `/admin/competence-profile`: the versions, their exports, and the editor of the one draft. */
export function ProfileEditor() {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(CompetenceProfilesQuery, { fetchPolicy: 'cache-and-network' });
  const [create, { loading }] = useMutation(CreateCompetenceProfileDraftMutation);
  const [failure, setFailure] = useState<AppError | null>(null);
  const versions = data.competenceProfiles;
  const draft = versions.find((v) => v.status === 'DRAFT');

  async function onCreate() {
    setFailure(null);
    try {
      await create({ refetchQueries: ['CompetenceProfiles'] });
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

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
        <DraftEditor key={draft.id} version={draft.version} />
      ) : (
        <Button onClick={() => void onCreate()} loading={loading} w="fit-content">
          {t('competences.editor.newVersion')}
        </Button>
      )}
    </Stack>
  );
}

function DraftEditor({ version }: { version: number }) {
  const { t } = useTranslation();
  const { data, refetch } = useSuspenseQuery(EditableProfileQuery, { variables: { version } });
  const profile = data.competenceProfile;
  const [doc, setDoc] = useState<ProfileDoc>(() => toDocument(profile));
  const [language, setLanguage] = useState<string>('en');
  const [save, { loading: saving }] = useMutation(SaveCompetenceProfileDraftMutation);
  const [publish, { loading: publishing }] = useMutation(PublishCompetenceProfileMutation);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const setArea = (i: number, area: AreaDoc) =>
    setDoc((d) => ({ ...d, areas: d.areas.map((a, k) => (k === i ? area : a)) }));
  const setCompetence = (i: number, j: number, c: CompetenceDoc) => {
    const area = doc.areas[i];
    setArea(i, { ...area, competences: area.competences.map((x, k) => (k === j ? c : x)) });
  };

  async function onSave() {
    setFailure(null);
    setDone(null);
    try {
      const res = await save({
        variables: { input: toInput(doc, profile.id) },
        refetchQueries: ['CompetenceProfiles'],
      });
      if (res.data) setDoc(toDocument(res.data.saveCompetenceProfileDraft));
      setDone(t('competences.editor.saved'));
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  async function onPublish() {
    setFailure(null);
    setDone(null);
    try {
      await save({ variables: { input: toInput(doc, profile.id) } });
      await publish({
        variables: { input: { profileId: profile.id } },
        refetchQueries: ['CompetenceProfiles', 'CompetenceProfile'],
      });
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  async function onImport(file: File | null) {
    if (!file) return;
    setFailure(null);
    try {
      setDoc(toDocument(JSON.parse(await file.text()) as Parameters<typeof toDocument>[0]));
      setDone(t('competences.editor.imported'));
    } catch {
      setFailure({
        code: 'VALIDATION_FAILED',
        fields: [{ field: 'file', message: t('competences.editor.importInvalid') }],
      });
    }
  }

  async function onImportXlsx(file: File | null) {
    if (!file) return;
    setFailure(null);
    setDone(null);
    const form = new FormData();
    form.append('file', file);
    const res = await fetch(`/api/competence-profiles/${profile.id}/translations.xlsx`, {
      method: 'POST',
      headers: { 'x-tandem-upload': '1' },
      body: form,
    });
    if (!res.ok) {
      // The REST error body: { error: { code, fields } } (unknown codes read as UNKNOWN).
      const body = (await res.json().catch(() => ({}))) as { error?: { code?: unknown; fields?: AppError['fields'] } };
      setFailure({ code: toAppErrorCode(body.error?.code), ...(body.error?.fields && { fields: body.error.fields }) });
      return;
    }
    const fresh = await refetch();
    if (fresh.data) setDoc(toDocument(fresh.data.competenceProfile));
    setDone(t('competences.editor.imported'));
  }

  const label = (key: 'title' | 'description' | 'code', code: string) =>
    t(`competences.editor.field.${key}`, { code, language: language.toUpperCase() });
  return (
    <Stack gap="md" data-testid="draft-editor">
      <Title order={2} size="h3">
        {t('competences.editor.draftTitle', { version })}
      </Title>
      {failure && <ErrorAlert error={failure} />}
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
          onChange={(f) => void onImport(f)}
          w={260}
          clearable={false}
        />
        <FileInput
          label={t('competences.editor.importXlsx')}
          accept="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(f) => void onImportXlsx(f)}
          w={300}
          clearable={false}
        />
      </Group>
      {doc.areas.map((area, i) => (
        <Paper key={area.key} withBorder p="md">
          <Stack gap="sm">
            <Group align="end" wrap="wrap">
              <TextInput
                label={label('code', area.code)}
                value={area.code}
                onChange={(e) => setArea(i, { ...area, code: e.currentTarget.value.toUpperCase() })}
                w={140}
              />
              <TextInput
                label={label('title', area.code)}
                value={textIn(area, language).title}
                onChange={(e) =>
                  setArea(i, withText(area, { ...textIn(area, language), title: e.currentTarget.value }))
                }
                style={{ flex: 1 }}
              />
              <MissingBadge languages={missingLanguages(area, null)} />
            </Group>
            {area.competences.map((c, j) => (
              <Paper key={c.key} withBorder p="sm" data-testid="editor-competence" data-code={c.code}>
                <Stack gap="xs">
                  <Group align="end" wrap="wrap">
                    <TextInput
                      label={label('code', c.code)}
                      value={c.code}
                      onChange={(e) => setCompetence(i, j, { ...c, code: e.currentTarget.value.toUpperCase() })}
                      w={140}
                    />
                    <TextInput
                      label={label('title', c.code)}
                      value={textIn(c, language).title}
                      onChange={(e) =>
                        setCompetence(i, j, withText(c, { ...textIn(c, language), title: e.currentTarget.value }))
                      }
                      style={{ flex: 1 }}
                    />
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('competences.editor.up', { code: c.code })}
                      disabled={j === 0}
                      onClick={() => setArea(i, { ...area, competences: move(area.competences, j, -1) })}
                    >
                      ↑
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      size="lg"
                      aria-label={t('competences.editor.down', { code: c.code })}
                      disabled={j === area.competences.length - 1}
                      onClick={() => setArea(i, { ...area, competences: move(area.competences, j, 1) })}
                    >
                      ↓
                    </ActionIcon>
                    <Button
                      variant="default"
                      onClick={() => setArea(i, { ...area, competences: area.competences.filter((_, k) => k !== j) })}
                    >
                      {t('competences.editor.remove', { code: c.code })}
                    </Button>
                  </Group>
                  <Textarea
                    label={label('description', c.code)}
                    autosize
                    minRows={1}
                    value={textIn(c, language).description}
                    onChange={(e) =>
                      setCompetence(i, j, withText(c, { ...textIn(c, language), description: e.currentTarget.value }))
                    }
                  />
                  {Array.from({ length: doc.scaleLevels }, (_, l) => (
                    <Textarea
                      key={l}
                      label={t('competences.editor.field.level', {
                        code: c.code,
                        level: l + 1,
                        language: language.toUpperCase(),
                      })}
                      autosize
                      minRows={1}
                      value={textIn(c, language).levels[l] ?? ''}
                      onChange={(e) => {
                        const current = textIn(c, language);
                        const levels = Array.from({ length: doc.scaleLevels }, (_, k) => current.levels[k] ?? '');
                        levels[l] = e.currentTarget.value;
                        setCompetence(i, j, withText(c, { ...current, levels }));
                      }}
                    />
                  ))}
                  <MissingBadge languages={missingLanguages(c, doc.scaleLevels)} />
                </Stack>
              </Paper>
            ))}
            <Button
              variant="light"
              w="fit-content"
              onClick={() =>
                setArea(i, {
                  ...area,
                  competences: [...area.competences, newCompetence(`${area.code}.${area.competences.length + 1}`)],
                })
              }
            >
              {t('competences.editor.addCompetence', { code: area.code })}
            </Button>
          </Stack>
        </Paper>
      ))}
      <Group>
        <Button
          variant="light"
          onClick={() => setDoc((d) => ({ ...d, areas: [...d.areas, newArea(`AREA${d.areas.length + 1}`)] }))}
        >
          {t('competences.editor.addArea')}
        </Button>
        <Button onClick={() => void onSave()} loading={saving}>
          {t('competences.editor.save')}
        </Button>
        <Button variant="outline" onClick={() => void onPublish()} loading={publishing}>
          {t('competences.editor.publish')}
        </Button>
      </Group>
    </Stack>
  );
}

function MissingBadge({ languages }: { languages: string[] }) {
  const { t } = useTranslation();
  if (!languages.length) return null;
  return (
    <Text size="sm" data-testid="missing-translations">
      <Badge variant="outline" color="gray" tt="none" mr={6}>
        {languages.length}
      </Badge>
      {t('competences.missingTranslations', { languages: languages.map((l) => l.toUpperCase()).join(', ') })}
    </Text>
  );
}

import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Badge,
  Button,
  Fieldset,
  Group,
  Loader,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { DELIVERY_MODES, LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';
import type { ModuleDetailFragment } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleEditionsQuery } from '../graphql/modules';
import { useModuleDraft, type DraftFailure } from '../hooks/useModuleDraft';
import {
  formFieldOf,
  isDeliveryMode,
  toDraftInput,
  toFormValues,
  validateModuleForm,
  type ModuleFormErrors,
  type ModuleFormValues,
} from '../module-form';
import { MaterialEditor } from './MaterialEditor';

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
  return <DraftForm key={draft.versionId} draft={draft} languages={languages} editor={editor} />;
}

interface FormProps {
  draft: ModuleDetailFragment;
  languages: readonly string[];
  editor: ReturnType<typeof useModuleDraft>;
}

function DraftForm({ draft, languages, editor }: FormProps) {
  const { t } = useTranslation();
  const loaded = toFormValues(draft, languages);
  const [values, setValues] = useState<ModuleFormValues>(loaded);
  const [baseline, setBaseline] = useState(`${draft.lockVersion}:${JSON.stringify(loaded)}`);
  const [errors, setErrors] = useState<ModuleFormErrors>({});
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  // A new lock version (saved, a material added, or reloaded after a conflict): the form shows it.
  const current = `${draft.lockVersion}:${JSON.stringify(loaded)}`;
  if (current !== baseline) {
    setBaseline(current);
    setValues(loaded);
    setErrors({});
  }
  const dirty = JSON.stringify(values) !== JSON.stringify(loaded);
  const { failure, busy, done } = editor;

  useEffect(() => {
    const formFailure =
      failure && (failure.action === 'save' || failure.action === 'publish' || failure.error.code === 'STALE_WRITE');
    if (done === 'save' || done === 'publish' || formFailure) statusRef.current?.focus();
  }, [done, failure]);

  const serverFieldErrors = fieldErrorsOf(failure, values);
  const fieldError = (field: string) =>
    errors[field] ? t(errors[field]) : serverFieldErrors[field] ? t('errors.fieldInvalid') : undefined;

  function check(): boolean {
    const found = validateModuleForm(values);
    setErrors(found);
    if (Object.keys(found).length) {
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return false;
    }
    return true;
  }

  function onSave(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !check()) return;
    void editor.save(draft.lockVersion, toDraftInput(values));
  }

  function onPublish() {
    if (busy || !check()) return;
    void editor.publish(draft.lockVersion, dirty ? toDraftInput(values) : null);
  }

  const setText = (index: number, field: 'title' | 'summary' | 'learningOutcomes', value: string) =>
    setValues((v) => ({
      ...v,
      texts: v.texts.map((text, i) => (i === index ? { ...text, [field]: value } : text)),
    }));

  const isDraft = draft.status === 'DRAFT';
  const conflict = failure?.error.code === 'STALE_WRITE';

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" bg={isDraft ? 'orange.0' : undefined}>
        <Group gap="sm">
          <Badge color={isDraft ? 'orange' : 'teal'} radius="sm" tt="none" data-testid="editor-version">
            {isDraft
              ? t('modules.editor.draftVersion', { version: draft.version })
              : t('modules.editor.publishedVersion', {
                  version: draft.version,
                })}
          </Badge>
          <Text size="sm">
            {isDraft ? t('modules.editor.draftHelp') : t('modules.editor.publishedHelp', { next: draft.version + 1 })}
          </Text>
        </Group>
      </Paper>

      <div ref={statusRef} tabIndex={-1} style={{ outline: 'none' }}>
        {conflict ? (
          <Alert color="red" role="alert" title={t('modules.editor.conflictTitle')} data-testid="conflict">
            <Stack gap="xs">
              <Text size="sm">{t('modules.editor.conflictBody')}</Text>
              <Group>
                <Button size="xs" onClick={() => void editor.reload()}>
                  {t('modules.editor.reload')}
                </Button>
              </Group>
            </Stack>
          </Alert>
        ) : failure && (failure.action === 'save' || failure.action === 'publish') ? (
          <ErrorAlert error={failure.error} />
        ) : done === 'save' ? (
          <Alert color="teal" role="status" data-testid="draft-saved">
            {t('modules.editor.saved', { version: draft.version })}
          </Alert>
        ) : done === 'publish' ? (
          <Alert color="teal" role="status" data-testid="module-published">
            {t('modules.editor.published')}
          </Alert>
        ) : null}
      </div>

      <form ref={formRef} onSubmit={onSave} noValidate aria-labelledby="module-editor-title">
        <Title order={2} id="module-editor-title" mb="md">
          {t('modules.editor.contentTitle')}
        </Title>
        <Stack gap="lg">
          {values.texts.map((text, index) => {
            const name = isLocale(text.language) ? LOCALE_NATIVE_NAMES[text.language] : text.language;
            const required = text.language === 'en';
            return (
              <Fieldset
                key={text.language}
                legend={t('modules.editor.textsIn', { language: name })}
                lang={text.language}
              >
                <Stack gap="sm">
                  <TextInput
                    label={t('modules.fields.title')}
                    description={required ? t('modules.editor.titleRequiredHelp') : t('modules.editor.optionalHelp')}
                    required={required}
                    value={text.title}
                    maxLength={200}
                    onChange={(e) => setText(index, 'title', e.currentTarget.value)}
                    error={fieldError(`title.${text.language}`)}
                    data-testid={`title-${text.language}`}
                  />
                  <Textarea
                    label={t('modules.fields.summary')}
                    autosize
                    minRows={2}
                    value={text.summary}
                    onChange={(e) => setText(index, 'summary', e.currentTarget.value)}
                  />
                  <Textarea
                    label={t('modules.fields.learningOutcomes')}
                    description={t('modules.editor.outcomesHelp')}
                    autosize
                    minRows={2}
                    value={text.learningOutcomes}
                    onChange={(e) => setText(index, 'learningOutcomes', e.currentTarget.value)}
                  />
                </Stack>
              </Fieldset>
            );
          })}

          <Fieldset legend={t('modules.editor.deliveryTitle')}>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <TextInput
                label={t('modules.fields.contactHours')}
                inputMode="decimal"
                required
                value={values.contactHours}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, contactHours: value }));
                }}
                error={fieldError('contactHours')}
              />
              <TextInput
                label={t('modules.fields.selfStudyHours')}
                inputMode="decimal"
                required
                value={values.selfStudyHours}
                onChange={(e) => {
                  const value = e.currentTarget.value;
                  setValues((v) => ({ ...v, selfStudyHours: value }));
                }}
                error={fieldError('selfStudyHours')}
              />
              <Select
                label={t('modules.fields.deliveryMode')}
                data={DELIVERY_MODES.map((mode) => ({
                  value: mode,
                  label: t(`modules.deliveryModes.${mode}`),
                }))}
                value={values.deliveryMode}
                allowDeselect={false}
                onChange={(value) => {
                  if (isDeliveryMode(value)) setValues((v) => ({ ...v, deliveryMode: value }));
                }}
              />
            </SimpleGrid>
          </Fieldset>

          <Textarea
            label={t('modules.editor.changeReason')}
            description={
              draft.version > 1 ? t('modules.editor.changeReasonRequired') : t('modules.editor.changeReasonHelp')
            }
            autosize
            minRows={2}
            value={values.changeReason}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setValues((v) => ({ ...v, changeReason: value }));
            }}
            error={fieldError('changeReason')}
          />

          <Group gap="sm">
            <Button type="submit" loading={busy === 'save'} disabled={!!busy && busy !== 'save'}>
              {t('modules.editor.save')}
            </Button>
            <Button
              variant="light"
              color="teal"
              onClick={onPublish}
              loading={busy === 'publish'}
              disabled={(!!busy && busy !== 'publish') || (!isDraft && !dirty)}
            >
              {t('modules.editor.publish')}
            </Button>
            {dirty && (
              <Text size="sm" c="dimmed" role="status">
                {t('modules.editor.unsaved')}
              </Text>
            )}
          </Group>
        </Stack>
      </form>

      <MaterialEditor draft={draft} editor={editor} blocked={dirty} />
    </Stack>
  );
}

/** The server's VALIDATION_FAILED fields of a save or publish, by form field. */
function fieldErrorsOf(failure: DraftFailure | null, values: ModuleFormValues): Record<string, true> {
  if (
    !failure ||
    (failure.action !== 'save' && failure.action !== 'publish') ||
    failure.error.code !== 'VALIDATION_FAILED'
  )
    return {};
  return Object.fromEntries((failure.error.fields ?? []).map((f) => [formFieldOf(f.field, values), true as const]));
}

import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import type { ModuleDetailFragment } from '@tandem/web-graphql';
import { useFieldErrors } from '@tandem/web-ui';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { useModuleDraft } from '../hooks/useModuleDraft';
import {
  draftFieldErrors,
  toDraftInput,
  toFormValues,
  validateModuleForm,
  type ModuleFormErrors,
  type ModuleFormValues,
} from '../module-form';
import { DraftStatus } from './DraftStatus';
import { MaterialEditor } from './MaterialEditor';
import { AgreedActionsNote } from './AgreedActionsNote';
import { ModuleDeliveryFields } from './ModuleDeliveryFields';
import { ModuleTextFields, type ModuleTextField } from './ModuleTextFields';

interface Props {
  draft: ModuleDetailFragment;
  languages: readonly string[];
  editor: ReturnType<typeof useModuleDraft>;
}

/** The form of one version of a module; a new lock version (saved, reloaded) replaces what it shows. */
export function ModuleDraftForm({ draft, languages, editor }: Props) {
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

  const serverFieldErrors = draftFieldErrors(failure, values);
  const { text } = useFieldErrors(null);
  const fieldError = (field: string) => {
    const server = serverFieldErrors[field];
    return errors[field] ? t(errors[field]) : server ? text(server) : undefined;
  };

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

  const setText = (index: number, field: ModuleTextField, value: string) =>
    setValues((v) => ({
      ...v,
      texts: v.texts.map((text, i) => (i === index ? { ...text, [field]: value } : text)),
    }));

  const isDraft = draft.status === 'DRAFT';

  return (
    <Stack gap="lg">
      <DraftStatus
        draft={draft}
        done={done}
        failure={failure}
        statusRef={statusRef}
        onReload={() => void editor.reload()}
      />

      <form ref={formRef} onSubmit={onSave} noValidate aria-labelledby="module-editor-title">
        <Title order={2} id="module-editor-title" mb="md">
          {t('modules.editor.contentTitle')}
        </Title>
        <Stack gap="lg">
          {values.texts.map((text, index) => (
            <ModuleTextFields
              key={text.language}
              text={text}
              titleError={fieldError(`title.${text.language}`)}
              onChange={(field, value) => setText(index, field, value)}
            />
          ))}

          <ModuleDeliveryFields
            values={values}
            fieldError={fieldError}
            onChange={(change) => setValues((v) => ({ ...v, ...change }))}
          />

          <AgreedActionsNote
            moduleId={draft.id}
            editionId={draft.editionId}
            onUse={(note) =>
              setValues((v) => ({
                ...v,
                changeReason: v.changeReason.trim() ? `${v.changeReason.trim()}\n${note}` : note,
              }))
            }
          />
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

import { Fieldset, Stack, TextInput, Textarea } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, isLocale } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';
import type { ModuleTextDraft } from '../module-form';

export type ModuleTextField = 'title' | 'summary' | 'learningOutcomes';

/** A module's texts in one working language (English required, the others optional). */
export function ModuleTextFields({
  text,
  titleError,
  onChange,
}: {
  text: ModuleTextDraft;
  titleError: string | undefined;
  onChange: (field: ModuleTextField, value: string) => void;
}) {
  const { t } = useTranslation();
  const name = isLocale(text.language) ? LOCALE_NATIVE_NAMES[text.language] : text.language;
  const required = text.language === 'en';
  return (
    <Fieldset legend={t('modules.editor.textsIn', { language: name })} lang={text.language}>
      <Stack gap="sm">
        <TextInput
          label={t('modules.fields.title')}
          description={required ? t('modules.editor.titleRequiredHelp') : t('modules.editor.optionalHelp')}
          required={required}
          value={text.title}
          maxLength={200}
          onChange={(e) => onChange('title', e.currentTarget.value)}
          error={titleError}
          data-testid={`title-${text.language}`}
        />
        <Textarea
          label={t('modules.fields.summary')}
          autosize
          minRows={2}
          value={text.summary}
          onChange={(e) => onChange('summary', e.currentTarget.value)}
        />
        <Textarea
          label={t('modules.fields.learningOutcomes')}
          description={t('modules.editor.outcomesHelp')}
          autosize
          minRows={2}
          value={text.learningOutcomes}
          onChange={(e) => onChange('learningOutcomes', e.currentTarget.value)}
        />
      </Stack>
    </Fieldset>
  );
}

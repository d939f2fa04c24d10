import { Button, Group, Select, Stack, Text, Textarea } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import type { FindingFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslateFinding } from '../hooks/useFindingActions';

/**
 * A writer's translations of a finding: pick a language other than the one it is written in, write
 * the statement in it (empty removes it). Readers of that language then read it, on the page and in
 * the report.
 */
export function FindingTranslations({ finding }: { finding: FindingFieldsFragment }) {
  const { t } = useTranslation();
  const { translate, translating } = useTranslateFinding();
  const others = LOCALES.filter((l) => l !== finding.language);
  const [language, setLanguage] = useState<string>(others[0]);
  const existing = (code: string) => finding.translations.find((x) => x.language === code)?.statement ?? '';
  const [statement, setStatement] = useState(existing(language));
  const [failure, setFailure] = useState<AppError | null>(null);
  const [saved, setSaved] = useState(false);
  const { fieldError } = useFieldErrors(failure);

  async function save() {
    const { error } = await translate(finding.id, language, statement);
    setFailure(error);
    setSaved(!error);
  }

  return (
    <Stack gap="xs" data-testid="finding-translations">
      <Text size="sm" fw={600}>
        {t('evidence.translations.title', { count: finding.translations.length })}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <Select
          label={t('evidence.translations.language')}
          value={language}
          onChange={(v) => {
            if (!v) return;
            setLanguage(v);
            setStatement(existing(v));
            setSaved(false);
          }}
          data={others.map((l) => ({
            value: l,
            label: `${LOCALE_NATIVE_NAMES[l]}${existing(l) ? ' ✓' : ''}`,
          }))}
          allowDeselect={false}
          w={180}
        />
        <Textarea
          label={t('evidence.translations.statement')}
          description={t('evidence.translations.hint')}
          value={statement}
          onChange={(e) => {
            setStatement(e.currentTarget.value);
            setSaved(false);
          }}
          error={fieldError('statement')}
          lang={language}
          autosize
          minRows={1}
          style={{ flex: 1, minWidth: 260 }}
        />
        <Button variant="light" onClick={() => void save()} loading={translating}>
          {t('evidence.translations.save')}
        </Button>
      </Group>
      {saved && (
        <Text size="sm" c="teal" role="status">
          {t('evidence.translations.saved')}
        </Text>
      )}
      {failure && failure.code !== 'VALIDATION_FAILED' && <ErrorAlert error={failure} />}
    </Stack>
  );
}

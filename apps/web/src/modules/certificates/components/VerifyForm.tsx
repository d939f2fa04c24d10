import { Button, FileInput, Group, Paper, Stack, Tabs, Textarea, TextInput } from '@mantine/core';
import type { VerificationFieldsFragment } from '@tandem/web-graphql';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useVerification } from '../hooks/useVerification';
import { VerificationResult } from './VerificationResult';

const NUMBER = /^\s*TND-\d{4}-[A-Za-z]{2}-\d{6,}\s*$/i;

/** Check a certificate without signing in: type its number, or paste or upload the credential (JSON). */
export function VerifyForm() {
  const { t } = useTranslation();
  const { checkCredential, checkNumber, loading } = useVerification();
  const [number, setNumber] = useState('');
  const [json, setJson] = useState('');
  const [inputError, setInputError] = useState<string | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [result, setResult] = useState<{ value: VerificationFieldsFragment | null } | null>(null);

  const run = async (work: () => Promise<VerificationFieldsFragment | null>) => {
    setFailure(null);
    setResult(null);
    try {
      setResult({ value: await work() });
    } catch (e) {
      setFailure(toAppError(e));
    }
  };
  const submitNumber = (event: FormEvent) => {
    event.preventDefault();
    if (!NUMBER.test(number)) return setInputError(t('certificates.verify.badNumber'));
    setInputError(null);
    void run(() => checkNumber(number.trim()));
  };
  const submitJson = (text: string) => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return setInputError(t('certificates.verify.badJson'));
    }
    setInputError(null);
    void run(() => checkCredential(parsed));
  };

  return (
    <Stack gap="md">
      <Paper withBorder p="lg">
        <Tabs defaultValue="number" keepMounted={false} onChange={() => setInputError(null)}>
          <Tabs.List>
            <Tabs.Tab value="number">{t('certificates.verify.byNumber')}</Tabs.Tab>
            <Tabs.Tab value="credential">{t('certificates.verify.byCredential')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="number" pt="md">
            <form onSubmit={submitNumber} noValidate>
              <Group align="flex-end">
                <TextInput
                  label={t('certificates.verify.numberLabel')}
                  placeholder="TND-2026-LV-000123"
                  value={number}
                  onChange={(e) => setNumber(e.currentTarget.value)}
                  error={inputError}
                  w={280}
                />
                <Button type="submit" loading={loading}>
                  {t('certificates.verify.check')}
                </Button>
              </Group>
            </form>
          </Tabs.Panel>
          <Tabs.Panel value="credential" pt="md">
            <form
              onSubmit={(e) => {
                e.preventDefault();
                submitJson(json);
              }}
              noValidate
            >
              <Stack gap="sm">
                <Textarea
                  label={t('certificates.verify.pasteLabel')}
                  autosize
                  minRows={5}
                  maxRows={14}
                  value={json}
                  onChange={(e) => setJson(e.currentTarget.value)}
                  error={inputError}
                  styles={{ input: { fontFamily: 'monospace' } }}
                />
                <FileInput
                  label={t('certificates.verify.uploadLabel')}
                  accept="application/json,application/ld+json,application/vc+ld+json,.json,.jsonld"
                  clearable
                  onChange={(file) =>
                    void file?.text().then((text) => {
                      setJson(text);
                      submitJson(text);
                    })
                  }
                />
                <Group>
                  <Button type="submit" loading={loading}>
                    {t('certificates.verify.check')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Tabs.Panel>
        </Tabs>
      </Paper>
      {failure && <ErrorAlert error={failure} />}
      {result && <VerificationResult result={result.value} />}
    </Stack>
  );
}

import { Alert, Button, Fieldset, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES } from '@tandem/shared-domain';
import { ErrorAlert, useFieldErrors, type AppError } from '@tandem/web-ui';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { organisationKindKey, sectorKey, SECTORS_LIST, SIZE_CLASS_LIST, sizeClassKey } from '../../network/labels';
import {
  APPLICANT_COUNTRIES,
  APPLICANT_KINDS,
  checkApplication,
  emptyApplication,
  FIELD_ORDER,
  fieldOfServerError,
  type ApplicationErrors,
  type ApplicationField,
  type ApplicationValues,
} from '../application-form';
import { useApplyToJoinNetwork } from '../hooks/useApplyToJoinNetwork';

/**
 * The public application form. After sending it shows the same neutral confirmation whatever the
 * API found (a known organisation or e-mail is not revealed).
 */
export function JoinNetworkForm() {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const { apply, applying: loading } = useApplyToJoinNetwork();
  const [values, setValues] = useState<ApplicationValues>(() => emptyApplication(locale));
  const [errors, setErrors] = useState<ApplicationErrors>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [sent, setSent] = useState(false);
  const { text } = useFieldErrors(null);
  const errorText = (error: ApplicationErrors[ApplicationField]) =>
    error === undefined ? undefined : typeof error === 'string' ? t(error) : text(error);
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirst = (found: ApplicationErrors) => {
    const first = FIELD_ORDER.find((field) => found[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  };

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    const found = checkApplication(values);
    setErrors(found);
    if (Object.keys(found).length) {
      focusFirst(found);
      return;
    }
    const { error } = await apply(values);
    if (!error) return setSent(true);
    const fromServer: ApplicationErrors = {};
    for (const f of error.fields ?? []) {
      const field = fieldOfServerError(f.field);
      if (field) fromServer[field] = f;
    }
    if (error.code === 'VALIDATION_FAILED' && Object.keys(fromServer).length) {
      setErrors(fromServer);
      focusFirst(fromServer);
    } else {
      setFailure(error);
    }
  }

  if (sent) {
    return (
      <Stack gap="md">
        <Alert color="teal" role="status" data-testid="application-sent">
          {t('networkApplication.join.sent')}
        </Alert>
        <Button
          variant="default"
          onClick={() => {
            setValues(emptyApplication(locale));
            setErrors({});
            setSent(false);
          }}
        >
          {t('networkApplication.join.another')}
        </Button>
      </Stack>
    );
  }

  const set = (field: ApplicationField) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [field]: value }));
  };
  const props = (field: ApplicationField) => ({
    name: field,
    value: values[field],
    onChange: set(field),
    error: errorText(errors[field]),
  });
  const optional = (
    key:
      | 'networkApplication.fields.sector'
      | 'networkApplication.fields.sizeClass'
      | 'networkApplication.fields.website'
      | 'networkApplication.fields.message',
  ) => `${t(key)} (${t('networkApplication.join.optional')})`;
  const choose = { value: '', label: '—' };

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate>
      <Stack gap="lg">
        {failure && <ErrorAlert error={failure} />}
        <Fieldset legend={t('networkApplication.join.organisation')}>
          <Stack gap="sm">
            <TextInput
              label={t('networkApplication.fields.organisationName')}
              required
              maxLength={200}
              {...props('organisationName')}
            />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <NativeSelect
                label={t('networkApplication.fields.kind')}
                required
                data={[
                  choose,
                  ...APPLICANT_KINDS.map((kind) => ({ value: kind, label: t(organisationKindKey(kind)) })),
                ]}
                {...props('kind')}
              />
              <NativeSelect
                label={t('networkApplication.fields.country')}
                required
                data={[choose, ...APPLICANT_COUNTRIES.map((code) => ({ value: code, label: format.country(code) }))]}
                {...props('country')}
              />
              <TextInput
                label={t('networkApplication.fields.registryCode')}
                description={t('networkApplication.fields.registryCodeHelp')}
                required
                maxLength={20}
                autoCapitalize="characters"
                spellCheck={false}
                {...props('registryCode')}
              />
              <TextInput label={t('networkApplication.fields.city')} required maxLength={100} {...props('city')} />
              <NativeSelect
                label={optional('networkApplication.fields.sector')}
                data={[choose, ...SECTORS_LIST.map((sector) => ({ value: sector, label: t(sectorKey(sector)) }))]}
                {...props('sector')}
              />
              <NativeSelect
                label={optional('networkApplication.fields.sizeClass')}
                data={[choose, ...SIZE_CLASS_LIST.map((size) => ({ value: size, label: t(sizeClassKey(size)) }))]}
                {...props('sizeClass')}
              />
            </SimpleGrid>
            <TextInput
              label={optional('networkApplication.fields.website')}
              description={t('networkApplication.fields.websiteHelp')}
              type="url"
              inputMode="url"
              maxLength={300}
              spellCheck={false}
              {...props('website')}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend={t('networkApplication.join.contact')}>
          <Stack gap="sm">
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <TextInput
                label={t('networkApplication.fields.contactGivenName')}
                required
                autoComplete="given-name"
                maxLength={100}
                {...props('contactGivenName')}
              />
              <TextInput
                label={t('networkApplication.fields.contactFamilyName')}
                required
                autoComplete="family-name"
                maxLength={100}
                {...props('contactFamilyName')}
              />
              <TextInput
                label={t('networkApplication.fields.contactEmail')}
                required
                type="email"
                inputMode="email"
                autoComplete="email"
                autoCapitalize="none"
                spellCheck={false}
                maxLength={254}
                {...props('contactEmail')}
              />
              <NativeSelect
                label={t('networkApplication.fields.preferredLanguage')}
                required
                {...props('preferredLanguage')}
              >
                {LOCALES.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {LOCALE_NATIVE_NAMES[code]}
                  </option>
                ))}
              </NativeSelect>
            </SimpleGrid>
            <Textarea
              label={optional('networkApplication.fields.message')}
              description={t('networkApplication.fields.messageHelp')}
              autosize
              minRows={3}
              maxLength={2000}
              {...props('message')}
            />
          </Stack>
        </Fieldset>
        <Button type="submit" loading={loading} size="md">
          {t('networkApplication.join.submit')}
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, isRole } from '@tandem/shared-domain';
import { ErrorAlert, type AppError } from '@tandem/web-ui';
import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { useSignedInPerson } from '../../session/session-context';
import { useEmployerChoices } from '../hooks/useEmployerChoices';
import { useInvitePerson } from '../hooks/useInvitePerson';
import {
  INVITE_PERSON_FIELDS,
  countryUse,
  employerKindsFor,
  grantableCountries,
  grantableRoles,
  invitePersonFieldErrors,
  validateInvitePerson,
  type InvitePersonField,
  type InvitePersonForm as Form,
  type InvitePersonMessageKey,
} from '../invite-person';
import { mayEverywhere } from '../../session/roles';

/**
 * E-mail, names, language and one role in its scope. The choices are the viewer's own: a
 * coordinator sees the roles of their country only; the API checks the same rules regardless.
 */
export function InvitePersonForm() {
  const { t } = useTranslation();
  const format = useFormatter();
  const locale = useCurrentLocale();
  const person = useSignedInPerson();
  const isAdmin = mayEverywhere(person.roles, 'role.manage');
  const roles = useMemo(() => grantableRoles(person.roles), [person.roles]);
  const countries = useMemo(() => grantableCountries(person.roles), [person.roles]);
  const { invite, inviting: loading } = useInvitePerson(isAdmin);

  const empty = (): Form => ({
    email: '',
    givenName: '',
    familyName: '',
    preferredLanguage: locale,
    role: null,
    countryCode: countries.length === 1 ? countries[0] : null,
    organisationId: null,
  });
  const [form, setForm] = useState<Form>(empty);
  const [errors, setErrors] = useState<Partial<Record<InvitePersonField, InvitePersonMessageKey>>>({});
  const [failure, setFailure] = useState<AppError | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);

  const use = form.role ? countryUse(form.role, isAdmin) : 'none';
  const employerKinds = form.role ? employerKindsFor(form.role) : null;
  const employers = useEmployerChoices(use === 'employer' ? form.countryCode : null, employerKinds);

  const set = <K extends InvitePersonField>(field: K, value: Form[K]) => {
    setForm((current) => ({
      ...current,
      [field]: value,
      // Another country or role: the organisation chosen for the former one no longer fits.
      ...((field === 'countryCode' || field === 'role') && { organisationId: null }),
    }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };
  const error = (field: InvitePersonField) => (errors[field] ? t(errors[field]) : undefined);

  function focusFirst(invalid: Partial<Record<InvitePersonField, unknown>>) {
    const first = INVITE_PERSON_FIELDS.find((field) => invalid[field]);
    if (first) formRef.current?.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    setFailure(null);
    setSentTo(null);
    const invalid = validateInvitePerson(form, isAdmin);
    setErrors(invalid);
    if (Object.keys(invalid).length || !form.role) {
      focusFirst(invalid);
      return;
    }
    const { data, error: refused } = await invite({ ...form, role: form.role });
    if (data) {
      setSentTo(data.invitePerson.email);
      // The next invitation is often for the same role and place: keep those, clear the person.
      setForm((current) => ({
        ...empty(),
        role: current.role,
        countryCode: current.countryCode,
        organisationId: current.organisationId,
      }));
      formRef.current?.querySelector<HTMLElement>('[name="email"]')?.focus();
      return;
    }
    const onFields = invitePersonFieldErrors(refused);
    if (onFields) {
      setErrors(onFields);
      focusFirst(onFields);
    } else {
      setFailure(refused);
    }
  }

  const countryLabel = use === 'employer' ? t('people.invite.employerCountry') : t('people.invite.country');
  const countryOptions = [
    ...(use === 'optional' ? [{ value: '', label: t('people.invite.allCountries') }] : []),
    ...(use !== 'optional' && countries.length > 1
      ? [{ value: '', label: t('people.invite.chooseCountry'), disabled: true }]
      : []),
    ...countries.map((code) => ({ value: code, label: format.country(code) })),
  ];

  return (
    <form ref={formRef} onSubmit={onSubmit} noValidate aria-label={t('people.invite.formLabel')}>
      <Stack gap="md" maw={640}>
        {sentTo && (
          <Alert color="teal" role="status" data-testid="invitation-sent">
            {t('people.invite.sent', { email: sentTo })}
          </Alert>
        )}
        {failure && <ErrorAlert error={failure} />}
        <TextInput
          label={t('people.invite.email')}
          type="email"
          name="email"
          autoComplete="off"
          inputMode="email"
          autoCapitalize="none"
          spellCheck={false}
          required
          maxLength={254}
          value={form.email}
          onChange={(event) => set('email', event.currentTarget.value)}
          error={error('email')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('people.invite.givenName')}
            name="givenName"
            autoComplete="off"
            required
            maxLength={100}
            value={form.givenName}
            onChange={(event) => set('givenName', event.currentTarget.value)}
            error={error('givenName')}
          />
          <TextInput
            label={t('people.invite.familyName')}
            name="familyName"
            autoComplete="off"
            required
            maxLength={100}
            value={form.familyName}
            onChange={(event) => set('familyName', event.currentTarget.value)}
            error={error('familyName')}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('people.invite.language')}
          description={t('people.invite.languageHelp')}
          name="preferredLanguage"
          required
          value={form.preferredLanguage}
          onChange={(event) => set('preferredLanguage', event.currentTarget.value)}
          error={error('preferredLanguage')}
        >
          {LOCALES.map((code) => (
            <option key={code} value={code} lang={code}>
              {LOCALE_NATIVE_NAMES[code]}
            </option>
          ))}
        </NativeSelect>
        <NativeSelect
          label={t('people.invite.role')}
          name="role"
          required
          value={form.role ?? ''}
          onChange={(event) => {
            const value = event.currentTarget.value;
            set('role', isRole(value) ? value : null);
          }}
          error={error('role')}
          data={[
            { value: '', label: t('people.invite.chooseRole'), disabled: true },
            ...roles.map((role) => ({ value: role, label: t(`roles.${role}.name`) })),
          ]}
        />
        {use !== 'none' && (
          <NativeSelect
            label={countryLabel}
            name="countryCode"
            required={use !== 'optional'}
            value={form.countryCode ?? ''}
            onChange={(event) => set('countryCode', event.currentTarget.value || null)}
            error={error('countryCode')}
            data={countryOptions}
          />
        )}
        {use === 'employer' && (
          <NativeSelect
            label={t('people.invite.organisation')}
            description={form.role === 'TUTOR' ? t('people.invite.organisationHelpTutor') : undefined}
            name="organisationId"
            required
            disabled={!form.countryCode || employers.loading}
            value={form.organisationId ?? ''}
            onChange={(event) => set('organisationId', event.currentTarget.value || null)}
            error={error('organisationId') ?? (employers.error ? t('people.invite.organisationsFailed') : undefined)}
            data={[
              {
                value: '',
                label: employers.loading
                  ? t('people.invite.loadingOrganisations')
                  : t('people.invite.chooseOrganisation'),
                disabled: true,
              },
              ...employers.choices,
            ]}
          />
        )}
        <Group>
          <Button type="submit" loading={loading}>
            {t('people.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

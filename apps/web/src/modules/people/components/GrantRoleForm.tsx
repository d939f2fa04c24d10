import { Button, Group, NativeSelect, Paper, Stack, Title } from '@mantine/core';
import { isRole, type Role } from '@tandem/shared-domain';
import { ErrorAlert } from '@tandem/web-ui';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { useEmployerChoices } from '../hooks/useEmployerChoices';
import { usePersonRoles } from '../hooks/usePersonRoles';
import { countryUse, employerKindsFor, grantableCountries, grantableRoles } from '../invite-person';
import { mayEverywhere } from '../../session/roles';

/** One more role: the choices mirror the API's grant rules (which check them again). */
export function GrantRoleForm({ personId, onGranted }: { personId: string; onGranted: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const viewer = useSignedInPerson();
  const isAdmin = mayEverywhere(viewer.roles, 'role.manage');
  const roles = useMemo(() => grantableRoles(viewer.roles), [viewer.roles]);
  const countries = useMemo(() => grantableCountries(viewer.roles), [viewer.roles]);
  const [role, setRole] = useState<Role | null>(null);
  const [country, setCountry] = useState<string | null>(countries.length === 1 ? countries[0] : null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [missing, setMissing] = useState<'role' | 'country' | 'organisation' | null>(null);
  const { grant, granting, grantFailure: failure } = usePersonRoles(personId);
  const use = role ? countryUse(role, isAdmin) : 'none';
  const employers = useEmployerChoices(use === 'employer' ? country : null, role ? employerKindsFor(role) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const need = !role
      ? 'role'
      : (use === 'required' || use === 'employer') && !country
        ? 'country'
        : use === 'employer' && !organisationId
          ? 'organisation'
          : null;
    setMissing(need);
    if (need || !role) return;
    if (!(await grant({ role, use, country, organisationId }))) return;
    onGranted(t('people.person.granted', { role: t(`roles.${role}.name`) }));
    setRole(null);
    setOrganisationId(null);
  }

  return (
    <Paper component="section" aria-labelledby="grant-role" withBorder p="lg">
      <Title order={2} id="grant-role" mb="sm">
        {t('people.person.grantTitle')}
      </Title>
      <form onSubmit={(e) => void submit(e)} aria-labelledby="grant-role" noValidate>
        <Stack gap="md" maw={480}>
          {failure && <ErrorAlert error={failure} />}
          <NativeSelect
            label={t('people.invite.role')}
            required
            value={role ?? ''}
            onChange={(e) => {
              setRole(isRole(e.currentTarget.value) ? e.currentTarget.value : null);
              setOrganisationId(null);
            }}
            data={[
              { value: '', label: t('people.invite.chooseRole') },
              ...roles.map((r) => ({ value: r, label: t(`roles.${r}.name`) })),
            ]}
            error={missing === 'role' ? t('people.invite.errors.roleRequired') : undefined}
          />
          {use !== 'none' && (
            <NativeSelect
              label={use === 'employer' ? t('people.invite.employerCountry') : t('people.invite.country')}
              required={use !== 'optional'}
              value={country ?? ''}
              onChange={(e) => {
                setCountry(e.currentTarget.value || null);
                setOrganisationId(null);
              }}
              data={[
                {
                  value: '',
                  label: use === 'optional' ? t('people.invite.allCountries') : t('people.invite.chooseCountry'),
                },
                ...countries.map((c) => ({ value: c, label: format.country(c) })),
              ]}
              error={missing === 'country' ? t('people.invite.errors.countryRequired') : undefined}
            />
          )}
          {use === 'employer' && (
            <NativeSelect
              label={t('people.invite.organisation')}
              required
              disabled={!country || employers.loading}
              value={organisationId ?? ''}
              onChange={(e) => setOrganisationId(e.currentTarget.value || null)}
              data={[
                {
                  value: '',
                  label: employers.loading
                    ? t('people.invite.loadingOrganisations')
                    : t('people.invite.chooseOrganisation'),
                },
                ...employers.choices,
              ]}
              error={
                missing === 'organisation'
                  ? t('people.invite.errors.organisationRequired')
                  : employers.error
                    ? t('people.invite.organisationsFailed')
                    : undefined
              }
            />
          )}
          <Group>
            <Button type="submit" loading={granting}>
              {t('people.person.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

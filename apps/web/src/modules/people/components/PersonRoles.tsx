import { useMutation, useSuspenseQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Group,
  Modal,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { isRole, type Role } from '@tandem/shared-domain';
import type { PersonRolesFragment } from '@tandem/web-graphql';
import { ErrorAlert, PageHeader, type AppError } from '@tandem/web-ui';
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useSignedInPerson } from '../../session/session-context';
import { GrantRoleMutation, PersonQuery, RevokeRoleMutation } from '../graphql/people';
import { useEmployerChoices } from '../hooks/useEmployerChoices';
import { countryUse, employerKindsFor, grantableCountries, grantableRoles } from '../invite-person';
import { useGrantLabel } from './RoleBadges';

type Grant = PersonRolesFragment['roles'][number];

/** A person's role grants: revoke one (after confirming), or grant another in the viewer's scope. */
export function PersonRoles({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(PersonQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const person = data.person;
  const label = useGrantLabel();
  const [revoke, { loading: revoking }] = useMutation(RevokeRoleMutation);
  const [pending, setPending] = useState<Grant | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function confirmRevoke() {
    if (!pending) return;
    setFailure(null);
    try {
      await revoke({ variables: { grantId: pending.id } });
      setDone(t('people.person.revoked', { role: label(pending) }));
      setPending(null);
    } catch (e) {
      setFailure(toAppError(e));
    }
  }

  return (
    <Stack gap="lg">
      <PageHeader title={person.displayName} description={person.email} />
      {done && (
        <Alert ref={doneRef} tabIndex={-1} color="teal" role="status" data-testid="person-done">
          {done}
        </Alert>
      )}
      <Paper component="section" aria-labelledby="person-roles" withBorder p="lg">
        <Title order={2} id="person-roles" mb="sm">
          {t('people.person.rolesTitle')}
        </Title>
        {person.roles.length === 0 ? (
          <Text>{t('people.person.noRoles')}</Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('people.person.role')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('people.person.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {person.roles.map((grant) => (
                <Table.Tr key={grant.id} data-testid="person-grant">
                  <Table.Td>{label(grant)}</Table.Td>
                  <Table.Td ta="right">
                    <Button
                      size="xs"
                      variant="default"
                      color="red.8"
                      onClick={() => setPending(grant)}
                      aria-label={t('people.person.revokeNamed', { role: label(grant) })}
                    >
                      {t('people.person.revoke')}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Paper>

      <GrantRoleForm personId={person.id} onGranted={(text) => setDone(text)} />

      <Modal opened={pending !== null} onClose={() => setPending(null)} title={t('people.person.revokeTitle')} centered>
        {pending && (
          <Stack gap="md">
            <Text>{t('people.person.revokeText', { role: label(pending), name: person.displayName })}</Text>
            {failure && <ErrorAlert error={failure} />}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setPending(null)} disabled={revoking}>
                {t('common.cancel')}
              </Button>
              <Button color="red.8" onClick={() => void confirmRevoke()} loading={revoking}>
                {t('people.person.revokeConfirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </Stack>
  );
}

/** One more role: the choices mirror the API's grant rules (which check them again). */
function GrantRoleForm({ personId, onGranted }: { personId: string; onGranted: (text: string) => void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const viewer = useSignedInPerson();
  const isAdmin = viewer.roles.some((g) => g.role === 'ADMIN');
  const roles = useMemo(() => grantableRoles(viewer.roles), [viewer.roles]);
  const countries = useMemo(() => grantableCountries(viewer.roles), [viewer.roles]);
  const [role, setRole] = useState<Role | null>(null);
  const [country, setCountry] = useState<string | null>(countries.length === 1 ? countries[0] : null);
  const [organisationId, setOrganisationId] = useState<string | null>(null);
  const [missing, setMissing] = useState<'role' | 'country' | 'organisation' | null>(null);
  const [failure, setFailure] = useState<AppError | null>(null);
  const [grant, { loading }] = useMutation(GrantRoleMutation);
  const use = role ? countryUse(role, isAdmin) : 'none';
  const employers = useEmployerChoices(use === 'employer' ? country : null, role ? employerKindsFor(role) : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const need = !role
      ? 'role'
      : (use === 'required' || use === 'employer') && !country
        ? 'country'
        : use === 'employer' && !organisationId
          ? 'organisation'
          : null;
    setMissing(need);
    if (need || !role) return;
    try {
      await grant({
        variables: {
          input: {
            personId,
            role,
            countryCode: use === 'required' || use === 'optional' ? country : null,
            organisationId: use === 'employer' ? organisationId : null,
          },
        },
      });
      onGranted(t('people.person.granted', { role: t(`roles.${role}.name`) }));
      setRole(null);
      setOrganisationId(null);
    } catch (e) {
      setFailure(toAppError(e));
    }
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
            <Button type="submit" loading={loading}>
              {t('people.person.grant')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

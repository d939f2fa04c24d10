import { useSuspenseQuery } from '@apollo/client/react';
import { Alert, Button, Group, Modal, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { PersonRolesFragment } from '@tandem/web-graphql';
import { ErrorAlert, PageHeader } from '@tandem/web-ui';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonQuery } from '../graphql/people';
import { usePersonRoles } from '../hooks/usePersonRoles';
import { GrantRoleForm } from './GrantRoleForm';
import { useGrantLabel } from './RoleBadges';

type Grant = PersonRolesFragment['roles'][number];

/**
 * A person's role grants: revoke one (after confirming), or grant another in the viewer's scope.
 * `embedded`: a section of the person's record, which has the page heading already.
 */
export function PersonRoles({ id, embedded = false }: { id: string; embedded?: boolean }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(PersonQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const person = data.person;
  const label = useGrantLabel();
  const { revoke, revoking, revokeFailure: failure } = usePersonRoles(person.id);
  const [pending, setPending] = useState<Grant | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function confirmRevoke() {
    if (!pending || !(await revoke(pending.id))) return;
    setDone(t('people.person.revoked', { role: label(pending) }));
    setPending(null);
  }

  return (
    <Stack gap="lg">
      {!embedded && <PageHeader title={person.displayName} description={person.email} />}
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

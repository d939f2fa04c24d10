import { Badge, Group, Paper, Text } from '@mantine/core';
import type { SessionPerson } from '../../session/session-context';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

type Grant = SessionPerson['roles'][number];

/** "Coordinator · Latvia", "Manager · Harju Metall OÜ": each grant with the scope it applies in. */
export function RoleGrantList({ grants }: { grants: readonly Grant[] }) {
  const { t } = useTranslation();
  const format = useFormatter();

  const scopeOf = (grant: Grant): string => {
    switch (grant.scopeKind) {
      case 'PROGRAMME':
        return t('scope.PROGRAMME');
      case 'SELF':
        return t('scope.SELF');
      case 'COUNTRY':
        return grant.countryCode ? format.country(grant.countryCode) : t('scope.unknown');
      case 'ORGANISATION':
        return grant.organisation?.name ?? t('scope.unknown');
    }
  };

  if (grants.length === 0) return <Text>{t('home.noRoles')}</Text>;
  return (
    <Paper withBorder p={0} component="ul" style={{ listStyle: 'none', margin: 0 }}>
      {grants.map((grant, index) => (
        <Group
          key={grant.id}
          component="li"
          gap="sm"
          px="md"
          py="sm"
          wrap="wrap"
          style={index > 0 ? { borderTop: '1px solid var(--mantine-color-gray-3)' } : undefined}
          data-testid="role-grant"
        >
          <Badge variant="light" size="lg">
            {t(`roles.${grant.role}.name`)}
          </Badge>
          <Text>{scopeOf(grant)}</Text>
        </Group>
      ))}
    </Paper>
  );
}

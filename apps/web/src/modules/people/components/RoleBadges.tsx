import { Badge, Group } from '@mantine/core';
import type { PersonRolesFragment } from '@tandem/web-graphql';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';

type Grant = PersonRolesFragment['roles'][number];

/** "Trainer · Estonia", "Manager · Harju Metall OÜ", "Administrator": a grant in words. */
export function useGrantLabel() {
  const { t } = useTranslation();
  const format = useFormatter();
  return (grant: Grant) => {
    const role = t(`roles.${grant.role}.name`);
    const where = grant.organisation?.name ?? (grant.countryCode ? format.country(grant.countryCode) : null);
    return where ? `${role} · ${where}` : role;
  };
}

export function RoleBadges({ roles }: { roles: readonly Grant[] }) {
  const label = useGrantLabel();
  return (
    <Group gap={4}>
      {roles.map((grant) => (
        <Badge key={grant.id} variant="outline" color="baltic.7">
          {label(grant)}
        </Badge>
      ))}
    </Group>
  );
}

import { useQuery } from '@apollo/client/react';
import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toAppError } from '../../errors/to-app-error';
import { MyAuditTrailQuery, PersonAuditTrailQuery } from '../graphql/audit';
import { AuditEventTable } from './AuditEventTable';

const PAGE = 20;

/**
 * Who read or changed a person's data, newest first: one's own (the account page) or, for ADMIN,
 * one person's (their record). "Show more" asks for a longer page.
 */
export function AuditTrail({ personId }: { personId?: string }) {
  const { t } = useTranslation();
  const [first, setFirst] = useState(PAGE);
  const mine = useQuery(MyAuditTrailQuery, {
    variables: { first },
    skip: Boolean(personId),
    fetchPolicy: 'cache-and-network',
  });
  const theirs = useQuery(PersonAuditTrailQuery, {
    variables: { personId: personId ?? '', first },
    skip: !personId,
    fetchPolicy: 'cache-and-network',
  });
  const { loading, error } = personId ? theirs : mine;
  const page = personId ? theirs.data?.personAuditTrail : mine.data?.myAuditTrail;
  if (error) return <ErrorAlert error={toAppError(error)} />;
  if (!page) return loading ? <Loader size="sm" aria-label={t('app.loading')} /> : null;
  if (!page.items.length) return <Text c="dimmed">{t('privacy.accessLog.empty')}</Text>;
  return (
    <Stack gap="sm" data-testid="audit-trail">
      <AuditEventTable events={page.items} caption={t('privacy.accessLog.caption')} />
      {page.total > page.items.length && (
        <Group>
          <Button variant="default" loading={loading} onClick={() => setFirst((n) => n + PAGE)}>
            {t('privacy.accessLog.showMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

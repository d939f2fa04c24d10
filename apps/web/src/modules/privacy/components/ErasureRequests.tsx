import { Alert, Button, Table, Text } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { useErasureRequests } from '../hooks/useErasure';
import { ConfirmDialog } from './ConfirmDialog';

/** Open erasure requests in the viewer's scope, with what must stay (unlinked) before one is carried out. */
export function ErasureRequests() {
  const { t } = useTranslation();
  const format = useFormatter();
  const { requests, confirm, confirming, failure } = useErasureRequests();
  const [deciding, setDeciding] = useState<{ id: string; name: string } | null>(null);
  const [erased, setErased] = useState(false);

  return (
    <>
      {failure && <ErrorAlert error={failure} />}
      {erased && (
        <Alert color="teal" role="status">
          {t('privacy.erasure.done')}
        </Alert>
      )}
      {requests.length === 0 ? (
        <Text>{t('privacy.erasure.noRequests')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped verticalSpacing="sm" bg="white" withTableBorder>
            <Table.Caption>{t('privacy.erasure.tableCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('privacy.erasure.person')}</Table.Th>
                <Table.Th scope="col">{t('privacy.erasure.requestedAt', { zone: format.timeZone })}</Table.Th>
                <Table.Th scope="col">{t('privacy.erasure.holds')}</Table.Th>
                <Table.Th scope="col">{t('privacy.erasure.action')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {requests.map((r) => {
                const name = r.personName ?? '—';
                return (
                  <Table.Tr key={r.id}>
                    <Table.Td>{name}</Table.Td>
                    <Table.Td>{format.dateTime(r.requestedAt)}</Table.Td>
                    <Table.Td>
                      {r.holds &&
                        t('privacy.erasure.holdCounts', {
                          certificates: r.holds.certificates,
                          attendance: r.holds.attendance,
                          sharedSubmissions: r.holds.sharedSubmissions,
                        })}
                    </Table.Td>
                    <Table.Td>
                      <Button size="xs" color="red.9" variant="outline" onClick={() => setDeciding({ id: r.id, name })}>
                        {t('privacy.erasure.erase', { name })}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <ConfirmDialog
        opened={deciding !== null}
        title={t('privacy.erasure.confirmTitle', { name: deciding?.name ?? '' })}
        confirmLabel={t('privacy.erasure.confirm')}
        confirming={confirming}
        onCancel={() => setDeciding(null)}
        onConfirm={() =>
          deciding &&
          void confirm(deciding.id).then((done) => {
            setDeciding(null);
            setErased(done !== null);
          })
        }
      >
        {t('privacy.erasure.confirmBody')}
      </ConfirmDialog>
    </>
  );
}

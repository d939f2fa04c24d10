import { Paper } from '@mantine/core';
import { useParams } from 'react-router';
import { BareLayout } from '../app/layout/BareLayout';
import { AcceptInvitation } from '../modules/invitations/components/AcceptInvitation';

/** `/invitation/:token` — the link of the invitation e-mail (public: the person has no password yet). */
export function InvitationPage() {
  const { token = '' } = useParams();
  return (
    <BareLayout size="sm">
      <Paper withBorder shadow="xs" p={{ base: 'md', sm: 'xl' }} mt="lg">
        <AcceptInvitation key={token} token={token} />
      </Paper>
    </BareLayout>
  );
}

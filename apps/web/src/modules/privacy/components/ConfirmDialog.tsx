import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  confirming: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An irreversible step asked once more, with "Cancel" focused first (Enter does not erase by accident). */
export function ConfirmDialog({ opened, title, children, confirmLabel, confirming, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onCancel} title={title}>
      <Stack gap="md">
        <Text component="div">{children}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} data-autofocus>
            {t('privacy.erasure.cancel')}
          </Button>
          <Button color="red.9" onClick={onConfirm} loading={confirming}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

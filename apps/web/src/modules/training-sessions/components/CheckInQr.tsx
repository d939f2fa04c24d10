import { useQuery } from '@apollo/client/react';
import { Button, Image, Stack, Text } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckInCodeQuery } from '../graphql/sessions';

/** The rotating check-in QR code (a new code every 30 seconds) for tutors to scan while signed in. */
export function CheckInQr({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const { data } = useQuery(CheckInCodeQuery, {
    variables: { sessionId },
    skip: !shown,
    pollInterval: 10_000,
    fetchPolicy: 'network-only',
  });
  const [image, setImage] = useState<string | null>(null);
  const path = data?.checkInCode.path;
  useEffect(() => {
    if (!path) return;
    let live = true;
    void QRCode.toDataURL(`${window.location.origin}${path}`, {
      width: 320,
      margin: 1,
    }).then((url) => live && setImage(url));
    return () => {
      live = false;
    };
  }, [path]);
  if (!shown)
    return (
      <Button variant="light" onClick={() => setShown(true)}>
        {t('attendance.showQr')}
      </Button>
    );
  return (
    <Stack gap="xs" align="flex-start">
      <Text size="sm">{t('attendance.qrIntro')}</Text>
      {image && <Image src={image} alt={t('attendance.qrAlt')} w={320} h={320} data-testid="check-in-qr" />}
      <Button variant="subtle" size="xs" onClick={() => setShown(false)}>
        {t('attendance.hideQr')}
      </Button>
    </Stack>
  );
}

import { Box, Container, Group } from '@mantine/core';
import { TandemLogo } from '@tandem/web-ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { HeaderLanguagePicker } from '../../modules/i18n/components/HeaderLanguagePicker';
import { SkipLink } from './SkipLink';

/**
 * The frame of pages without the signed-in shell (sign-in, an error before any session): the
 * logo and the language picker, so the language can be chosen before signing in.
 */
export function BareLayout({ children, size = 'sm' }: { children: ReactNode; size?: 'xs' | 'sm' | 'md' }) {
  const { t } = useTranslation();
  return (
    <Box mih="100vh" bg="gray.0">
      <SkipLink />
      <Container size={size} component="header" py="md">
        <Group justify="space-between" wrap="nowrap">
          <TandemLogo name={t('app.name')} size="lg" />
          <HeaderLanguagePicker />
        </Group>
      </Container>
      <Container size={size} component="main" id="main" tabIndex={-1} pb="xl">
        {children}
      </Container>
    </Box>
  );
}

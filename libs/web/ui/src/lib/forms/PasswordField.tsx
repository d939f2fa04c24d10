import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

export interface PasswordFieldProps extends PasswordInputProps {
  ref?: Ref<HTMLInputElement>;
}

/**
 * Mantine's PasswordInput with its show/hide button named in the viewer's language (Mantine's own
 * name is English only). The button is a toggle: `aria-pressed` tells whether the text shows.
 */
export function PasswordField({ visibilityToggleButtonProps, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      {...props}
      visibilityToggleButtonProps={{ 'aria-label': t('common.showPassword'), ...visibilityToggleButtonProps }}
    />
  );
}

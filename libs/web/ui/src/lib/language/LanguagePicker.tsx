import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import { LOCALE_NATIVE_NAMES, LOCALES, isLocale, type Locale } from '@tandem/shared-domain';
import { useTranslation } from 'react-i18next';
import { GlobeIcon } from '../layout/icons';

export interface LanguagePickerProps extends Omit<NativeSelectProps, 'value' | 'onChange' | 'data' | 'children'> {
  value: Locale;
  onChange: (locale: Locale) => void;
  /** Show the label above the field (forms) instead of only to assistive technology (header). */
  withVisibleLabel?: boolean;
}

/**
 * A native select: it works with keyboard, screen readers and touch everywhere. Each language is
 * named in itself and marked with its `lang`, so a screen reader pronounces "Latviešu" in Latvian.
 */
export function LanguagePicker({ value, onChange, withVisibleLabel = false, ...rest }: LanguagePickerProps) {
  const { t } = useTranslation();
  return (
    <NativeSelect
      {...rest}
      value={value}
      onChange={(event) => {
        const next = event.currentTarget.value;
        if (isLocale(next)) onChange(next);
      }}
      label={withVisibleLabel ? t('language.label') : undefined}
      aria-label={withVisibleLabel ? undefined : t('language.label')}
      leftSection={withVisibleLabel ? undefined : <GlobeIcon />}
    >
      {LOCALES.map((locale) => (
        <option key={locale} value={locale} lang={locale}>
          {LOCALE_NATIVE_NAMES[locale]}
        </option>
      ))}
    </NativeSelect>
  );
}

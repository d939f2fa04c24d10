import { LanguagePicker } from '@tandem/web-ui';
import { useChangeLocale, useCurrentLocale } from '../hooks/useLocale';

/** The language picker of every page header (signed in or not). */
export function HeaderLanguagePicker() {
  const locale = useCurrentLocale();
  const changeLocale = useChangeLocale();
  return <LanguagePicker value={locale} onChange={(next) => void changeLocale(next)} size="sm" w={150} />;
}

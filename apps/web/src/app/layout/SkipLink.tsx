import { useTranslation } from 'react-i18next';

/** The first stop of the Tab key: past the header and navigation, straight to the page. */
export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a className="skip-link" href="#main">
      {t('app.skipToContent')}
    </a>
  );
}

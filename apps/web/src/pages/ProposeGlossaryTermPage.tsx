import { Anchor } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ProposeTerm } from '../modules/dictionary/components/ProposeTerm';
import { RequirePermission } from '../modules/session/components/RequirePermission';

/** `/dictionary/propose`: a new term of the vocational dictionary, reviewed by an editor. */
export function ProposeGlossaryTermPage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="glossary.propose">
      <Anchor component={Link} to="/dictionary" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.dictionary.back')}
      </Anchor>
      <PageHeader title={t('toolbox.dictionary.proposeNew')} description={t('toolbox.dictionary.form.intro')} />
      <ProposeTerm />
    </RequirePermission>
  );
}

import { Anchor } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequirePermission } from '../modules/session/components/RequirePermission';
import { ProposeResourceForm } from '../modules/toolbox/components/ProposeResourceForm';

/** `/toolbox/propose`: a resource for the toolbox, reviewed before it is shown. */
export function ProposeResourcePage() {
  const { t } = useTranslation();
  return (
    <RequirePermission permission="resource.propose">
      <Anchor component={Link} to="/toolbox" size="sm" mb="xs" display="inline-block">
        ← {t('toolbox.resources.back')}
      </Anchor>
      <PageHeader title={t('toolbox.resources.propose.title')} description={t('toolbox.resources.propose.intro')} />
      <ProposeResourceForm />
    </RequirePermission>
  );
}

import { Button } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModuleCatalogue } from '../modules/modules/components/ModuleCatalogue';
import { NewModuleDialog, useModuleCreation } from '../modules/modules/components/NewModuleDialog';

/** `/modules?kind=JOINT&country=EE&language=et&q=…` */
export function ModulesPage() {
  const { t } = useTranslation();
  const { canCreate } = useModuleCreation();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageHeader
        title={t('modules.title')}
        description={t('modules.intro')}
        actions={canCreate && <Button onClick={() => setCreating(true)}>{t('modules.create.open')}</Button>}
      />
      <ModuleCatalogue />
      {canCreate && <NewModuleDialog opened={creating} onClose={() => setCreating(false)} />}
    </>
  );
}

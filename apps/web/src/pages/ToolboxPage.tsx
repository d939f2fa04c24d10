import { Button, Group } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';
import { Toolbox } from '../modules/toolbox/components/Toolbox';

/** `/toolbox`: the network's published resources, for every signed-in person. */
export function ToolboxPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  return (
    <>
      <PageHeader
        title={t('toolbox.resources.title')}
        description={t('toolbox.resources.intro')}
        actions={
          <Group gap="xs">
            {may(person.roles, 'proposal.mine') && (
              <Button component={Link} to="/toolbox/my-proposals" variant="subtle">
                {t('toolbox.proposals.open')}
              </Button>
            )}
            {may(person.roles, 'resource.propose') && (
              <Button component={Link} to="/toolbox/propose" variant="light">
                {t('toolbox.resources.propose.open')}
              </Button>
            )}
          </Group>
        }
      />
      <Toolbox />
    </>
  );
}

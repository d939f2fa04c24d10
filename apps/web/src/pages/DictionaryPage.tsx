import { Button, Group } from '@mantine/core';
import { PageHeader } from '@tandem/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Dictionary } from '../modules/dictionary/components/Dictionary';
import { may } from '../modules/session/roles';
import { useSignedInPerson } from '../modules/session/session-context';

/** `/dictionary`: the vocational dictionary in five languages, for every signed-in person. */
export function DictionaryPage() {
  const { t } = useTranslation();
  const person = useSignedInPerson();
  return (
    <>
      <PageHeader
        title={t('toolbox.dictionary.title')}
        description={t('toolbox.dictionary.intro')}
        actions={
          <Group gap="xs">
            {may(person.roles, 'proposal.mine') && (
              <Button component={Link} to="/toolbox/my-proposals" variant="subtle">
                {t('toolbox.proposals.open')}
              </Button>
            )}
            {may(person.roles, 'glossary.propose') && (
              <Button component={Link} to="/dictionary/propose" variant="light">
                {t('toolbox.dictionary.proposeNew')}
              </Button>
            )}
          </Group>
        }
      />
      <Dictionary />
    </>
  );
}

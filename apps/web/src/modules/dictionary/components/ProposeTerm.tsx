import { Alert, Anchor } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useProposeGlossaryTerm } from '../hooks/useDictionary';
import { glossaryTermPath } from '../labels';
import { termDraft } from '../term-draft';
import { TermForm } from './TermForm';

/** A new term: its entries stay PROPOSED until an editor reviews them. */
export function ProposeTerm() {
  const { t } = useTranslation();
  const propose = useProposeGlossaryTerm();
  const [sent, setSent] = useState<{ id: string; n: number } | null>(null);
  return (
    <>
      {sent && (
        <Alert color="teal" role="status" mb="md" title={t('toolbox.dictionary.form.sentTitle')}>
          <Anchor component={Link} to={glossaryTermPath(sent.id)}>
            {t('toolbox.dictionary.form.sent')}
          </Anchor>
        </Alert>
      )}
      <TermForm
        key={sent?.n ?? 0}
        initial={termDraft()}
        submitLabel={t('toolbox.dictionary.form.propose')}
        busy={propose.loading}
        failure={propose.failure}
        onSubmit={(input) =>
          void propose.run({ input }).then((data) => {
            if (data) setSent({ id: data.proposeGlossaryTerm.id, n: (sent?.n ?? 0) + 1 });
          })
        }
      />
    </>
  );
}

import { useQuery, useSuspenseQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, MultiSelect, Stack, Text, Title } from '@mantine/core';
import { ErrorAlert } from '@tandem/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CompetenceProfileQuery } from '../graphql/competences';
import { ModuleCompetencesQuery } from '../graphql/module-competences';
import { useSetModuleCompetences } from '../hooks/useSetModuleCompetences';

/** On the module page: the competences the module develops; its editors change the selection. */
export function ModuleCompetences({ moduleId }: { moduleId: string }) {
  const { t } = useTranslation();
  const { data } = useSuspenseQuery(ModuleCompetencesQuery, { variables: { moduleId } });
  const links = data.moduleCompetences;
  const [editing, setEditing] = useState(false);
  return (
    <section aria-labelledby="module-competences">
      <Stack gap="xs">
        <Title order={2} id="module-competences">
          {t('competences.module.title')}
        </Title>
        {links.competences.length ? (
          <List spacing={4} data-testid="module-competences">
            {links.competences.map((c) => (
              <List.Item key={c.id}>
                <Text span fw={600}>
                  {c.code}
                </Text>{' '}
                {c.title}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text>{t('competences.module.none')}</Text>
        )}
        <Group gap="md">
          <Anchor component={Link} to="/competences">
            {t('competences.module.profileLink')}
          </Anchor>
          {links.canEdit && !editing && (
            <Button variant="light" size="xs" onClick={() => setEditing(true)}>
              {t('competences.module.edit')}
            </Button>
          )}
        </Group>
        {editing && (
          <EditLinks
            moduleId={moduleId}
            selected={links.competences.map((c) => c.code)}
            onDone={() => setEditing(false)}
          />
        )}
      </Stack>
    </section>
  );
}

function EditLinks({ moduleId, selected, onDone }: { moduleId: string; selected: string[]; onDone: () => void }) {
  const { t } = useTranslation();
  const { data } = useQuery(CompetenceProfileQuery, { variables: {} });
  const [value, setValue] = useState(selected);
  const { save, saving: loading, failure } = useSetModuleCompetences(moduleId);
  const options = (data?.competenceProfile.areas ?? []).map((a) => ({
    group: a.title,
    items: a.competences.map((c) => ({ value: c.code, label: `${c.code} ${c.title}` })),
  }));

  async function onSave() {
    if (await save(value)) onDone();
  }

  return (
    <Stack gap="xs">
      {failure && <ErrorAlert error={failure} />}
      <MultiSelect
        label={t('competences.module.select')}
        data={options}
        value={value}
        onChange={setValue}
        searchable
        clearable
      />
      <Group>
        <Button onClick={() => void onSave()} loading={loading}>
          {t('competences.module.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('competences.module.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

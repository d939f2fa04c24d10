import { useQuery } from '@apollo/client/react';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { JOINT_MODULE_NUMBERS, isProgrammeCountry } from '@tandem/shared-domain';
import type { ModuleKind } from '@tandem/web-graphql';
import { ErrorAlert } from '@tandem/web-ui';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useFormatter } from '../../i18n/hooks/useFormatter';
import { may } from '../../session/roles';
import { viewerCountries } from '../../session/viewer-countries';
import { useSignedInPerson } from '../../session/session-context';
import { ModuleEditionsQuery } from '../graphql/modules';
import { useCreateModule } from '../hooks/useCreateModule';
import { modulePath } from '../module-path';

/** Who may create which modules: admins joint (and national) ones, coordinators their country's. */
export function useModuleCreation() {
  const person = useSignedInPerson();
  const isAdmin = may(person.roles, 'module.editJoint');
  const countries = viewerCountries(person.roles, 'module.edit').filter(isProgrammeCountry);
  const kinds: ModuleKind[] = isAdmin ? ['JOINT', 'NATIONAL'] : countries.length ? ['NATIONAL'] : [];
  return { canCreate: kinds.length > 0, kinds, countries };
}

interface Form {
  kind: ModuleKind;
  number: string | null;
  countryCode: string | null;
  code: string;
  title: string;
  editionId: string | null;
}

export function NewModuleDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormatter();
  const navigate = useNavigate();
  const { kinds, countries } = useModuleCreation();
  const editions = useQuery(ModuleEditionsQuery, { skip: !opened });
  const [form, setForm] = useState<Form>({
    kind: kinds[0] ?? 'NATIONAL',
    number: null,
    countryCode: countries.length === 1 ? countries[0] : null,
    code: '',
    title: '',
    editionId: null,
  });
  const [errors, setErrors] = useState<Partial<Record<keyof Form, boolean>>>({});
  const { create, creating, failure } = useCreateModule();

  const editionOptions = (editions.data?.editions ?? []).map((e) => ({
    value: e.id,
    label: e.name,
  }));
  const editionId =
    form.editionId ?? editions.data?.editions.find((e) => e.currentPhase)?.id ?? editionOptions[0]?.value ?? null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const found = {
      code: !form.code.trim(),
      title: !form.title.trim(),
      number: form.kind === 'JOINT' && !form.number,
      countryCode: form.kind === 'NATIONAL' && !form.countryCode,
      editionId: !editionId,
    };
    setErrors(found);
    if (Object.values(found).some(Boolean) || !editionId) return;
    const id = await create({ ...form, editionId });
    if (!id) return;
    onClose();
    void navigate(`${modulePath(id)}?edit=1`);
  }

  const serverField = (field: string) =>
    failure?.code === 'VALIDATION_FAILED' && failure.fields?.some((f) => f.field === field);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('modules.create.title')}
      centered
      size="lg"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Stack gap="md">
          {failure && (
            <ErrorAlert
              error={failure}
              message={failure.code === 'DUPLICATE_MODULE_CODE' ? t('modules.create.duplicateCode') : undefined}
            />
          )}
          {editionOptions.length > 1 && (
            <Select
              label={t('modules.create.edition')}
              data={editionOptions}
              value={editionId}
              allowDeselect={false}
              onChange={(value) => setForm((f) => ({ ...f, editionId: value }))}
            />
          )}
          <Select
            label={t('modules.filters.kind')}
            data={kinds.map((kind) => ({
              value: kind,
              label: t(`modules.kinds.${kind}`),
            }))}
            value={form.kind}
            allowDeselect={false}
            onChange={(value) =>
              setForm((f) => ({
                ...f,
                kind: value === 'JOINT' ? 'JOINT' : 'NATIONAL',
              }))
            }
            data-autofocus
          />
          {form.kind === 'JOINT' ? (
            <Select
              label={t('modules.create.number')}
              required
              data={JOINT_MODULE_NUMBERS.map((n) => ({
                value: String(n),
                label: t('modules.jointNumber', { number: n }),
              }))}
              value={form.number}
              onChange={(value) => setForm((f) => ({ ...f, number: value }))}
              error={errors.number || serverField('number') ? t('modules.create.numberRequired') : undefined}
            />
          ) : (
            <Select
              label={t('modules.filters.country')}
              required
              data={countries.map((code) => ({
                value: code,
                label: format.country(code),
              }))}
              value={form.countryCode}
              onChange={(value) => setForm((f) => ({ ...f, countryCode: value }))}
              error={errors.countryCode || serverField('countryCode') ? t('modules.create.countryRequired') : undefined}
            />
          )}
          <TextInput
            label={t('modules.create.code')}
            description={t('modules.create.codeHelp')}
            required
            maxLength={40}
            value={form.code}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, code: value }));
            }}
            error={errors.code || serverField('code') ? t('modules.create.codeRequired') : undefined}
          />
          <TextInput
            label={t('modules.create.englishTitle')}
            required
            maxLength={200}
            value={form.title}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setForm((f) => ({ ...f, title: value }));
            }}
            error={errors.title || serverField('texts') ? t('modules.editor.errors.titleRequired') : undefined}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={creating}>
              {t('modules.create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

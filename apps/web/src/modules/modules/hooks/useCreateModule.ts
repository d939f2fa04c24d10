import type { ModuleKind } from '@tandem/web-graphql';
import { useAction } from '../../operations/hooks/useAction';
import { CreateModuleMutation, ModulesQuery } from '../graphql/modules';

export interface NewModule {
  editionId: string;
  kind: ModuleKind;
  /** A joint module's number (1..n); null for a national one. */
  number: string | null;
  /** A national module's country; null for a joint one. */
  countryCode: string | null;
  code: string;
  /** The English title: the other texts, the hours and the materials come in the editor. */
  title: string;
}

/** An admin creates a joint module, a coordinator one of their country's: answers its id (to edit it next). */
export function useCreateModule() {
  const { run, loading, failure } = useAction(CreateModuleMutation, { refetchQueries: [ModulesQuery] });

  async function create({ editionId, kind, number, countryCode, code, title }: NewModule) {
    const data = await run({
      input: {
        editionId,
        kind,
        code: code.trim(),
        ...(kind === 'JOINT' ? { number: Number(number) } : { countryCode }),
        texts: [{ language: 'en', title: title.trim(), summary: '', learningOutcomes: [] }],
        contactHours: 0,
        selfStudyHours: 0,
      },
    });
    return data?.createModule.id ?? null;
  }

  return { create, creating: loading, failure };
}

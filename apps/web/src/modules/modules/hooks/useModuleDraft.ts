import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { AppError } from '@tandem/web-ui';
import { useCallback, useState } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import {
  AddModuleMaterialLinkMutation,
  ModuleQuery,
  PublishModuleMutation,
  RemoveModuleMaterialMutation,
  SaveModuleDraftMutation,
} from '../graphql/modules';
import { uploadMaterial } from '../material-upload';
import type { ModuleDraftInput } from '../module-form';

/** After a change, every view of the module (the page, its history, the catalogue) is read again. */
const REFETCH = ['Module', 'ModuleHistory', 'Modules'];

export type DraftAction = 'save' | 'publish' | 'addLink' | 'remove' | 'upload';

export interface DraftFailure {
  action: DraftAction;
  error: AppError;
}

/**
 * The draft of a module and the edits to it. Every edit sends the lockVersion the editor started
 * from; a STALE_WRITE answer is kept as the failure (the editor offers "Reload"), never retried.
 */
export function useModuleDraft(moduleId: string) {
  const locale = useCurrentLocale();
  const query = useQuery(ModuleQuery, {
    variables: { id: moduleId, draft: true, language: locale },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const client = useApolloClient();
  const draft = query.data?.module ?? null;
  const [failure, setFailure] = useState<DraftFailure | null>(null);
  const [busy, setBusy] = useState<DraftAction | null>(null);
  const [done, setDone] = useState<DraftAction | null>(null);
  const [progress, setProgress] = useState<number | null>(null);

  const [saveDraft] = useMutation(SaveModuleDraftMutation);
  const [publishModule] = useMutation(PublishModuleMutation);
  const [addLink] = useMutation(AddModuleMaterialLinkMutation);
  const [removeMaterial] = useMutation(RemoveModuleMaterialMutation);

  const run = useCallback(async (action: DraftAction, work: () => Promise<unknown>): Promise<boolean> => {
    setFailure(null);
    setDone(null);
    setBusy(action);
    try {
      await work();
      setDone(action);
      return true;
    } catch (e) {
      setFailure({ action, error: isAppError(e) ? e : toAppError(e) });
      return false;
    } finally {
      setBusy(null);
    }
  }, []);

  const { refetch } = query;
  const reload = useCallback(async () => {
    setFailure(null);
    setDone(null);
    await refetch();
  }, [refetch]);

  const save = (lockVersion: number, input: ModuleDraftInput) =>
    run('save', () =>
      saveDraft({
        variables: { input: { moduleId, lockVersion, ...input } },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );

  /** Saves the form first when it has changes, then publishes with the lock version the save answered. */
  const publish = (lockVersion: number, input: ModuleDraftInput | null) =>
    run('publish', async () => {
      let lock = lockVersion;
      if (input) {
        const saved = await saveDraft({
          variables: { input: { moduleId, lockVersion, ...input } },
        });
        lock = saved.data?.saveModuleDraft.lockVersion ?? lock;
      }
      await publishModule({
        variables: { input: { moduleId, lockVersion: lock } },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      });
    });

  const addMaterialLink = (lockVersion: number, title: string, url: string) =>
    run('addLink', () =>
      addLink({
        variables: { input: { moduleId, lockVersion, title, url } },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );

  const remove = (lockVersion: number, materialId: string) =>
    run('remove', () =>
      removeMaterial({
        variables: { input: { moduleId, lockVersion, materialId } },
        refetchQueries: REFETCH,
        awaitRefetchQueries: true,
      }),
    );

  const upload = (lockVersion: number, title: string, file: File) =>
    run('upload', async () => {
      setProgress(0);
      try {
        await uploadMaterial({
          moduleId,
          lockVersion,
          title,
          file,
          onProgress: setProgress,
        });
      } catch (e) {
        setProgress(null);
        throw e;
      }
      // The bar stays full ("uploaded") until the next upload.
      setProgress(1);
      await client.refetchQueries({ include: REFETCH });
    });

  return {
    draft,
    loading: query.loading,
    loadError: query.error ? toAppError(query.error) : null,
    failure,
    busy,
    done,
    progress,
    reload,
    save,
    publish,
    addMaterialLink,
    remove,
    upload,
  };
}

function isAppError(value: unknown): value is AppError {
  return (
    typeof value === 'object' &&
    value !== null &&
    'code' in value &&
    typeof (value as { code: unknown }).code === 'string' &&
    !(value instanceof Error)
  );
}

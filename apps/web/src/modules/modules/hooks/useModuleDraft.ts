import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { toAppError } from '../../errors/to-app-error';
import { useCurrentLocale } from '../../i18n/hooks/useLocale';
import { useTrackedActions, type TrackedActions } from '../../operations/hooks/useTrackedActions';
import {
  AddModuleMaterialLinkMutation,
  ModuleHistoryQuery,
  ModuleQuery,
  ModulesQuery,
  PublishModuleMutation,
  RemoveModuleMaterialMutation,
  SaveModuleDraftMutation,
} from '../graphql/modules';
import { uploadMaterial } from '../material-upload';
import type { ModuleDraftInput } from '../module-form';

/** After a change, every view of the module (the page, its history, the catalogue) is read again. */
const REFETCH = [ModuleQuery, ModuleHistoryQuery, ModulesQuery];
const OPTIONS = { refetchQueries: REFETCH, awaitRefetchQueries: true };

export type DraftAction = 'save' | 'publish' | 'addLink' | 'remove' | 'upload';

export type DraftFailure = NonNullable<TrackedActions<DraftAction>['failure']>;

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
  const actions = useTrackedActions<DraftAction>();
  const { run, setProgress, clear } = actions;

  const [saveDraft] = useMutation(SaveModuleDraftMutation, OPTIONS);
  // A save before publishing: the publish reads everything again.
  const [saveBeforePublish] = useMutation(SaveModuleDraftMutation);
  const [publishModule] = useMutation(PublishModuleMutation, OPTIONS);
  const [addLink] = useMutation(AddModuleMaterialLinkMutation, OPTIONS);
  const [removeMaterial] = useMutation(RemoveModuleMaterialMutation, OPTIONS);

  const { refetch } = query;
  const reload = useCallback(async () => {
    clear();
    await refetch();
  }, [clear, refetch]);

  const save = (lockVersion: number, input: ModuleDraftInput) =>
    run('save', () => saveDraft({ variables: { input: { moduleId, lockVersion, ...input } } }));

  /** Saves the form first when it has changes, then publishes with the lock version the save answered. */
  const publish = (lockVersion: number, input: ModuleDraftInput | null) =>
    run('publish', async () => {
      let lock = lockVersion;
      if (input) {
        const saved = await saveBeforePublish({ variables: { input: { moduleId, lockVersion, ...input } } });
        lock = saved.data?.saveModuleDraft.lockVersion ?? lock;
      }
      await publishModule({ variables: { input: { moduleId, lockVersion: lock } } });
    });

  const addMaterialLink = (lockVersion: number, title: string, url: string) =>
    run('addLink', () => addLink({ variables: { input: { moduleId, lockVersion, title, url } } }));

  const remove = (lockVersion: number, materialId: string) =>
    run('remove', () => removeMaterial({ variables: { input: { moduleId, lockVersion, materialId } } }));

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
    failure: actions.failure,
    busy: actions.busy,
    done: actions.done,
    progress: actions.progress,
    reload,
    save,
    publish,
    addMaterialLink,
    remove,
    upload,
  };
}

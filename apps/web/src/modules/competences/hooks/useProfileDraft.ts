import { useMutation } from '@apollo/client/react';
import type { EditableProfileQuery } from '@tandem/web-graphql';
import { clientFieldError, type AppError } from '@tandem/web-ui';
import { useAction } from '../../operations/hooks/useAction';
import { useTrackedActions } from '../../operations/hooks/useTrackedActions';
import { CompetenceProfileQuery } from '../graphql/competences';
import {
  CompetenceProfilesQuery,
  CreateCompetenceProfileDraftMutation,
  PublishCompetenceProfileMutation,
  SaveCompetenceProfileDraftMutation,
} from '../graphql/profile-editor';
import { toDocument, toInput, type ProfileDoc } from '../profile-document';
import { uploadProfileTranslations } from '../profile-upload';

export type ProfileDraftAction = 'save' | 'publish' | 'import';

/** ADMIN starts the next version of the competence profile (a draft copy of the newest). */
export function useCreateProfileDraft() {
  const { run, loading, failure } = useAction(CreateCompetenceProfileDraftMutation, {
    refetchQueries: [CompetenceProfilesQuery],
  });
  return { create: () => run({}), creating: loading, failure };
}

/**
 * The editor's work on the draft profile: save it, publish it (saved first), import a JSON
 * document or a translations workbook. Each answers the document to show next, or null when it
 * failed (then `failure` says why). `reread` reads the draft again (after the workbook, which goes
 * past GraphQL).
 */
export function useProfileDraft(profileId: string, reread: () => Promise<{ data?: EditableProfileQuery }>) {
  const actions = useTrackedActions<ProfileDraftAction>();
  const [save, { loading: saving }] = useMutation(SaveCompetenceProfileDraftMutation, {
    refetchQueries: [CompetenceProfilesQuery],
  });
  const [saveBeforePublish] = useMutation(SaveCompetenceProfileDraftMutation);
  const [publish, { loading: publishing }] = useMutation(PublishCompetenceProfileMutation, {
    refetchQueries: [CompetenceProfilesQuery, CompetenceProfileQuery],
  });

  async function attempt(action: ProfileDraftAction, work: () => Promise<ProfileDoc | null>) {
    let next: ProfileDoc | null = null;
    const ok = await actions.run(action, async () => {
      next = await work();
    });
    return ok ? next : null;
  }

  return {
    failure: actions.failure?.error ?? null,
    done: actions.done,
    saving,
    publishing,
    save: (doc: ProfileDoc) =>
      attempt('save', async () => {
        const res = await save({ variables: { input: toInput(doc, profileId) } });
        return res.data ? toDocument(res.data.saveCompetenceProfileDraft) : doc;
      }),
    publish: async (doc: ProfileDoc) =>
      (await attempt('publish', async () => {
        await saveBeforePublish({ variables: { input: toInput(doc, profileId) } });
        await publish({ variables: { input: { profileId } } });
        return doc;
      })) !== null,
    /** A profile document (JSON, as exported) replaces the editor's; nothing is saved yet. */
    importJson: (file: File, invalid: string) =>
      attempt('import', async () => {
        try {
          return toDocument(JSON.parse(await file.text()) as Parameters<typeof toDocument>[0]);
        } catch {
          const error: AppError = {
            code: 'VALIDATION_FAILED',
            fields: [{ ...clientFieldError('file', 'notJson'), message: invalid }],
          };
          return Promise.reject(error);
        }
      }),
    /** The translations of a workbook are saved into the draft at once; the draft is read again. */
    importXlsx: (file: File) =>
      attempt('import', async () => {
        await uploadProfileTranslations(profileId, file);
        const fresh = await reread();
        return fresh.data ? toDocument(fresh.data.competenceProfile) : null;
      }),
  };
}

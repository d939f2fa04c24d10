import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { UploadError } from '../../uploads/post-upload';
import { SurveyTemplatesQuery } from '../graphql/survey-templates';
import { sendTemplateFile, templateKeyOfFileName, type TemplateImportReport } from '../template-files';

/**
 * Upload of a template file in two steps: check (a dry run: the report, nothing written), then apply
 * what was checked. Choosing another file or template forgets the report, so an apply always follows
 * a check of the same file.
 */
export function useTemplateImport(templates: readonly { id: string; key: string }[]) {
  const apollo = useApolloClient();
  const [file, setFile] = useState<File | null>(null);
  const [templateId, setTemplateId] = useState<string | null>(null);
  const [busy, setBusy] = useState<'check' | 'apply' | null>(null);
  const [preview, setPreview] = useState<TemplateImportReport | null>(null);
  const [applied, setApplied] = useState<TemplateImportReport | null>(null);
  const [failure, setFailure] = useState<UploadError | null>(null);

  const forget = () => {
    setPreview(null);
    setApplied(null);
    setFailure(null);
  };

  async function send(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'check' : 'apply');
    setFailure(null);
    try {
      const report = await sendTemplateFile(file, templateId, dryRun);
      if (dryRun) setPreview(report);
      else {
        setApplied(report);
        setPreview(null);
        await apollo.refetchQueries({ include: [SurveyTemplatesQuery] });
      }
    } catch (e) {
      setFailure(e as UploadError);
    } finally {
      setBusy(null);
    }
  }

  return {
    file,
    templateId,
    busy,
    preview,
    applied,
    failure,
    /** A spreadsheet named as the export names it picks its template; the person may choose another. */
    choose: (next: File | null) => {
      setFile(next);
      const key = next ? templateKeyOfFileName(next.name) : null;
      const named = templates.find((x) => x.key === key);
      if (named) setTemplateId(named.id);
      forget();
    },
    chooseTemplate: (next: string | null) => {
      setTemplateId(next);
      forget();
    },
    check: () => send(true),
    apply: () => send(false),
    canApply: !!preview && preview.errorCount === 0 && preview.action !== 'UNCHANGED',
  };
}

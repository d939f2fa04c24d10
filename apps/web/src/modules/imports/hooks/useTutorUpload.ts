import { useEffect, useRef, useState } from 'react';
import type { DryRunReport, StartedImportJob, UploadOutcome } from '../import-response';
import { uploadTutorFile } from '../upload-tutor-file';

export type UploadFailure = Extract<UploadOutcome, { kind: 'failed' }>;

export interface TutorUploadRequest {
  file: File;
  dryRun: boolean;
  sendInvitations: boolean;
  /** Where the coordinator must choose: the country the tutors are of. */
  countryCode: string | null;
}

/**
 * Sending a tutor file: a check (a dry run that writes nothing, answering a report) or the import
 * (a job). `startOver` cancels what is on its way and forgets the outcome (a new file was chosen).
 */
export function useTutorUpload() {
  const [uploading, setUploading] = useState<'check' | 'import' | null>(null);
  const [uploaded, setUploaded] = useState<{ loaded: number; total: number } | null>(null);
  const [report, setReport] = useState<DryRunReport | null>(null);
  const [failure, setFailure] = useState<UploadFailure | null>(null);
  const [job, setJob] = useState<StartedImportJob | null>(null);
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  function startOver() {
    abort.current?.abort();
    setReport(null);
    setFailure(null);
    setJob(null);
    setUploaded(null);
    setUploading(null);
  }

  /** Answers whether an outcome (report, job or failure) arrived; false when it was cancelled. */
  async function upload({ file, dryRun, sendInvitations, countryCode }: TutorUploadRequest): Promise<boolean> {
    abort.current = new AbortController();
    setUploading(dryRun ? 'check' : 'import');
    setUploaded({ loaded: 0, total: file.size });
    setFailure(null);
    try {
      const outcome = await uploadTutorFile({
        file,
        dryRun,
        sendInvitations: !dryRun && sendInvitations,
        countryCode,
        onProgress: (loaded, total) => setUploaded({ loaded, total }),
        signal: abort.current.signal,
      });
      if (outcome.kind === 'dryRun') setReport(outcome.report);
      else if (outcome.kind === 'started') setJob(outcome.job);
      else setFailure(outcome);
      setUploading(null);
      return true;
    } catch {
      // Cancelled: a new file was chosen, or the page was left.
      return false;
    }
  }

  return { uploading, uploaded, report, failure, job, upload, startOver };
}

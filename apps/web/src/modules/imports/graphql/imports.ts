import { graphql } from '@tandem/web-graphql';

/** A running tutor import, polled for its progress. */
export const TutorImportJobQuery = graphql(`
  query TutorImportJob($id: String!) {
    importJob(id: $id) {
      id
      status
      fileName
      totalRows
      processedRows
      error
      finishedAt
      summary {
        new
        updated
        unchanged
      }
    }
  }
`);

/** The report of an interim analysis as a PDF, its fixed texts in `language` (served by the API). */
export const reportPdf = (analysisId: string, language: string): string =>
  `/api/interim-analyses/${analysisId}/report.pdf?${new URLSearchParams({ lang: language })}`;

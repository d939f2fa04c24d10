/** Same-origin addresses of a certificate's files (the session cookie goes along; the dev proxy forwards /api). */
export const certificatePdfPath = (id: string, language: string, second?: string | null) =>
  `/api/certificates/${id}/certificate.pdf?lang=${language}${second && second !== language ? `&second=${second}` : ''}`;

export const credentialJsonPath = (publicId: string) => `/api/credentials/${publicId}?download`;

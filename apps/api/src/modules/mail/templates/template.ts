import type { Locale } from '@tandem/shared-domain';

export interface RenderedMail {
  subject: string;
  text: string;
}

/** A mail template: one render function per language, all five present (the compiler checks it). */
export type MailTemplate<P> = Record<Locale, (params: P) => RenderedMail>;

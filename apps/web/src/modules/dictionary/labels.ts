import { isUuid } from '@tandem/shared-domain';
import type { GlossaryDomain, GlossaryEntryStatus, PartOfSpeech } from '@tandem/web-graphql';

/* Every value of the schema's enums once: a value the API adds is a compile error until it is named. */

const DOMAINS: Record<GlossaryDomain, true> = {
  WBL: true,
  CONSTRUCTION: true,
  METALWORK: true,
  ICT: true,
  TOURISM: true,
};
export const GLOSSARY_DOMAINS = Object.keys(DOMAINS) as GlossaryDomain[];

const PARTS: Record<PartOfSpeech, true> = { NOUN: true, VERB: true, ADJECTIVE: true, ADVERB: true, PHRASE: true };
export const PARTS_OF_SPEECH = Object.keys(PARTS) as PartOfSpeech[];

export const domainKey = (domain: GlossaryDomain) => `toolbox.dictionary.domains.${domain}` as const;
export const partOfSpeechKey = (pos: PartOfSpeech) => `toolbox.dictionary.partsOfSpeech.${pos}` as const;
export const entryStatusKey = (status: GlossaryEntryStatus) => `toolbox.dictionary.statuses.${status}` as const;

export const isGlossaryDomain = (value: string | null | undefined): value is GlossaryDomain =>
  !!value && value in DOMAINS;
export const isPartOfSpeech = (value: string | null | undefined): value is PartOfSpeech => !!value && value in PARTS;

export const glossaryTermPath = (id: string) => `/dictionary/${encodeURIComponent(id)}`;
export const isGlossaryTermId = (value: string | undefined): value is string => isUuid(value);

import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GLOSSARY_DOMAINS, GLOSSARY_ENTRY_STATUSES, PARTS_OF_SPEECH } from './glossary-term.entity';
import type {
  GlossaryDomain as Domain,
  GlossaryEntryStatus as Status,
  PartOfSpeech as Pos,
} from './glossary-term.entity';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GlossaryDomain = enumOf(GLOSSARY_DOMAINS);
registerEnumType(GlossaryDomain, { name: 'GlossaryDomain', description: 'The field a term belongs to.' });
export const GlossaryEntryStatus = enumOf(GLOSSARY_ENTRY_STATUSES);
registerEnumType(GlossaryEntryStatus, {
  name: 'GlossaryEntryStatus',
  description: 'PROPOSED by anyone; REVIEWED by an editor (ADMIN or COORDINATOR).',
});
export const PartOfSpeech = enumOf(PARTS_OF_SPEECH);
registerEnumType(PartOfSpeech, { name: 'PartOfSpeech' });

@ObjectType('GlossaryEntry', { description: 'A term in one language.' })
export class GlossaryEntryModel {
  @Field({ description: 'en, et, lv, lt or ru.' }) language!: string;
  @Field() term!: string;
  @Field(() => PartOfSpeech, { nullable: true }) partOfSpeech!: Pos | null;
  @Field(() => String, { nullable: true }) definition!: string | null;
  @Field(() => String, { nullable: true }) example!: string | null;
  @Field(() => [String]) synonyms!: string[];
  @Field(() => GlossaryEntryStatus) status!: Status;
}

@ObjectType('RelatedGlossaryTerm')
export class RelatedGlossaryTermModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'In the reader’s language, else English, else any language the term has.' }) term!: string;
}

@ObjectType('GlossaryTerm', { description: 'A concept of the vocational dictionary with its entries per language.' })
export class GlossaryTermModel {
  @Field(() => ID) id!: string;
  @Field(() => GlossaryDomain) domain!: Domain;
  @Field(() => [GlossaryEntryModel], { description: 'The languages it has, in the order en, et, lv, lt, ru.' })
  entries!: GlossaryEntryModel[];
  @Field(() => [String], { description: 'The languages without an entry (shown as missing, never filled in).' })
  missingLanguages!: string[];
  @Field(() => [RelatedGlossaryTermModel]) related!: RelatedGlossaryTermModel[];
}

@ObjectType('GlossaryMatch', { description: 'A dictionary term found in a text.' })
export class GlossaryMatchModel {
  @Field({
    description:
      'The words as they stand in the text (spaces collapsed); case and diacritics may differ from the term.',
  })
  phrase!: string;
  @Field(() => ID) termId!: string;
  @Field(() => GlossaryTermModel, { description: 'The term with all its languages (missing ones listed as missing).' })
  term!: GlossaryTermModel;
}
